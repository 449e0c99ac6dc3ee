package kz.police.lps.core.internal.application;

/**
 * Registration numbers: {@code <department code>-<year>-<serial>}, the serial counted per department and year from 1
 * without gaps and written with at least six digits, e.g. {@code DEMO-CITY-LPS-2026-000123}.
 */
public final class ApplicationNumbers {

    private ApplicationNumbers() {
    }

    public static String format(String departmentCode, int year, long serial) {
        if (departmentCode == null || departmentCode.isBlank()) {
            throw new IllegalArgumentException("department code required");
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (serial < 1) {
            throw new IllegalArgumentException("serial starts at 1: " + serial);
        }
        return departmentCode + "-" + year + "-" + String.format("%06d", serial);
    }

    /** The serial of a number this class formatted, or -1. */
    public static long serialOf(String number) {
        int dash = number == null ? -1 : number.lastIndexOf('-');
        if (dash < 0) {
            return -1;
        }
        try {
            return Long.parseLong(number.substring(dash + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
