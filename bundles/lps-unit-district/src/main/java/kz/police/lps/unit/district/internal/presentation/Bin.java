package kz.police.lps.unit.district.internal.presentation;

import java.util.Optional;

import kz.police.lps.core.api.person.Iin;

/**
 * The business identification number (БСН / БИН) of a legal entity: 12 digits: the year and month of registration
 * (digits 1-4), the kind of entity (digit 5: 4 resident legal entity, 5 non-resident, 6 joint individual
 * entrepreneurship), its attribute (digit 6: 0 head office, 1 branch, 2 representative office, 3 peasant farm), a
 * serial number (digits 7-11) and a check digit computed like the IIN's (digit 12).
 */
public final class Bin {

    private Bin() {
    }

    /** What is wrong with a BIN, as a message key suffix; empty when it is valid. */
    public static Optional<String> problem(String bin) {
        if (bin == null || bin.length() != 12 || !bin.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("format");
        }
        int month = Integer.parseInt(bin.substring(2, 4));
        if (month < 1 || month > 12) {
            return Optional.of("month");
        }
        char kind = bin.charAt(4);
        char attribute = bin.charAt(5);
        if (kind < '4' || kind > '6' || attribute > '3') {
            return Optional.of("type");
        }
        if (Iin.checkDigit(bin) != bin.charAt(11) - '0') {
            return Optional.of("checksum");
        }
        return Optional.empty();
    }

    public static boolean isValid(String bin) {
        return problem(bin).isEmpty();
    }
}
