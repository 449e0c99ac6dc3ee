package kz.police.lps.core.api.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The individual identification number (ЖСН / ИИН) of the Republic of Kazakhstan: 12 digits.
 * <ul>
 * <li>digits 1-6: birth date as YYMMDD;</li>
 * <li>digit 7: century and sex: 1/2 born in the 19th century, 3/4 in the 20th, 5/6 in the 21st; odd male, even
 * female;</li>
 * <li>digits 8-11: registration number;</li>
 * <li>digit 12: check digit, the sum of digits 1-11 weighted 1..11 modulo 11; when that gives 10, the weights
 * 3,4,5,6,7,8,9,10,11,1,2; when that gives 10 as well, no such IIN is issued.</li>
 * </ul>
 */
public record Iin(String value, LocalDate birthDate, Sex sex) {

    private static final int[] WEIGHTS_1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] WEIGHTS_2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    /** Why a string is not a valid IIN; the names double as message keys ({@code iin.format}, ...). */
    public enum Problem {
        FORMAT("iin.format"), CENTURY("iin.century"), BIRTH_DATE("iin.birth-date"), CHECKSUM("iin.checksum");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** The problem with {@code value}, or empty when it is a valid IIN. */
    public static Optional<Problem> check(String value) {
        if (value == null || value.length() != 12 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of(Problem.FORMAT);
        }
        int centuryDigit = value.charAt(6) - '0';
        if (centuryDigit < 1 || centuryDigit > 6) {
            return Optional.of(Problem.CENTURY);
        }
        if (birthDateOf(value, centuryDigit) == null) {
            return Optional.of(Problem.BIRTH_DATE);
        }
        int expected = checkDigit(value);
        if (expected < 0 || expected != value.charAt(11) - '0') {
            return Optional.of(Problem.CHECKSUM);
        }
        return Optional.empty();
    }

    /** Parses a valid IIN; throws {@link IllegalArgumentException} with the {@link Problem} code otherwise. */
    public static Iin parse(String value) {
        check(value).ifPresent(p -> {
            throw new IllegalArgumentException(p.code());
        });
        int centuryDigit = value.charAt(6) - '0';
        return new Iin(value, birthDateOf(value, centuryDigit), centuryDigit % 2 == 1 ? Sex.MALE : Sex.FEMALE);
    }

    /**
     * The check digit for the first 11 digits of {@code digits}, or -1 when no valid check digit exists.
     */
    public static int checkDigit(String digits) {
        int sum = weighted(digits, WEIGHTS_1) % 11;
        if (sum == 10) {
            sum = weighted(digits, WEIGHTS_2) % 11;
        }
        return sum == 10 ? -1 : sum;
    }

    /**
     * Builds a valid IIN from a birth date, a sex and a 4-digit registration number, or returns empty when that
     * registration number has no valid check digit (the registry skips such numbers).
     */
    public static Optional<String> compose(LocalDate birthDate, Sex sex, int registrationNumber) {
        int year = birthDate.getYear();
        int base = year < 1900 ? 1 : year < 2000 ? 3 : 5;
        int centuryDigit = base + (sex == Sex.FEMALE ? 1 : 0);
        String first11 = String.format("%02d%02d%02d%d%04d", year % 100, birthDate.getMonthValue(),
                birthDate.getDayOfMonth(), centuryDigit, registrationNumber % 10000);
        int check = checkDigit(first11);
        return check < 0 ? Optional.empty() : Optional.of(first11 + check);
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    private static LocalDate birthDateOf(String value, int centuryDigit) {
        int century = 1800 + 100 * ((centuryDigit - 1) / 2);
        try {
            return LocalDate.of(century + Integer.parseInt(value.substring(0, 2)),
                    Integer.parseInt(value.substring(2, 4)), Integer.parseInt(value.substring(4, 6)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
