package kz.police.lps.core.api.person;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.Test;

public class IinTest {

    @Test
    public void acceptsAValidIinAndDecodesBirthDateAndSex() {
        // 1 Jan 1990, male (7th digit 3), registration 1234: check digit computed by the first weights
        String iin = Iin.compose(LocalDate.of(1990, 1, 1), Sex.MALE, 1234).orElseThrow();
        assertEquals(Optional.empty(), Iin.check(iin));
        Iin parsed = Iin.parse(iin);
        assertEquals(LocalDate.of(1990, 1, 1), parsed.birthDate());
        assertEquals(Sex.MALE, parsed.sex());
        assertEquals('3', iin.charAt(6));
    }

    @Test
    public void centuryDigitGivesCenturyAndSex() {
        assertEquals(Sex.FEMALE, Iin.parse(Iin.compose(LocalDate.of(2005, 3, 9), Sex.FEMALE, 77).orElseThrow()).sex());
        assertEquals('6', Iin.compose(LocalDate.of(2005, 3, 9), Sex.FEMALE, 77).orElseThrow().charAt(6));
        assertEquals('1', Iin.compose(LocalDate.of(1899, 12, 31), Sex.MALE, 77).orElseThrow().charAt(6));
        assertEquals(LocalDate.of(1899, 12, 31),
                Iin.parse(Iin.compose(LocalDate.of(1899, 12, 31), Sex.MALE, 77).orElseThrow()).birthDate());
    }

    @Test
    public void knownCheckDigitByHand() {
        // 900101 3 0123 ?: 9*1+0*2+0*3+1*4+0*5+1*6+3*7+0*8+1*9+2*10+3*11 = 102; 102 mod 11 = 3
        assertEquals(3, Iin.checkDigit("90010130123"));
        assertEquals(Optional.empty(), Iin.check("900101301233"));
        assertEquals(Optional.of(Iin.Problem.CHECKSUM), Iin.check("900101301234"));
    }

    @Test
    public void secondWeightsUsedWhenFirstGiveTen() {
        for (int reg = 0; reg < 10000; reg++) {
            String first11 = String.format("850505%d%04d", 3, reg);
            int sum = 0;
            for (int i = 0; i < 11; i++) {
                sum += (first11.charAt(i) - '0') * (i + 1);
            }
            if (sum % 11 == 10) {
                int[] w2 = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};
                int sum2 = 0;
                for (int i = 0; i < 11; i++) {
                    sum2 += (first11.charAt(i) - '0') * w2[i];
                }
                int expected = sum2 % 11 == 10 ? -1 : sum2 % 11;
                assertEquals(expected, Iin.checkDigit(first11));
                return;
            }
        }
        throw new AssertionError("no registration number needing the second weights");
    }

    @Test
    public void rejectsBadFormatCenturyAndDate() {
        assertEquals(Optional.of(Iin.Problem.FORMAT), Iin.check(null));
        assertEquals(Optional.of(Iin.Problem.FORMAT), Iin.check("12345"));
        assertEquals(Optional.of(Iin.Problem.FORMAT), Iin.check("90010130123a"));
        assertEquals(Optional.of(Iin.Problem.CENTURY), Iin.check("900101701233"));
        assertEquals(Optional.of(Iin.Problem.CENTURY), Iin.check("900101001233"));
        assertEquals(Optional.of(Iin.Problem.BIRTH_DATE), Iin.check("900230301233"));
        assertEquals(Optional.of(Iin.Problem.BIRTH_DATE), Iin.check("901301301233"));
    }

    @Test
    public void composeSkipsNumbersWithoutCheckDigit() {
        int skipped = 0;
        for (int reg = 0; reg < 2000; reg++) {
            Optional<String> iin = Iin.compose(LocalDate.of(1977, 7, 7), Sex.FEMALE, reg);
            if (iin.isPresent()) {
                assertTrue(Iin.check(iin.get()).isEmpty());
            } else {
                skipped++;
            }
        }
        assertTrue("some numbers have no valid check digit", skipped > 0);
        assertFalse(skipped > 400);
    }
}
