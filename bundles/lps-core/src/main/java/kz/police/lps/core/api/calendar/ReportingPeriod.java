package kz.police.lps.core.api.calendar;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a month ({@code 2026-07}), a quarter ({@code 2026-Q3}), a half-year ({@code 2026-H1}) or a
 * year ({@code 2026}).
 */
public record ReportingPeriod(int year, Kind kind, int index) {

    public enum Kind {
        MONTH(1), QUARTER(3), HALF_YEAR(6), YEAR(12);

        private final int months;

        Kind(int months) {
            this.months = months;
        }

        public int months() {
            return months;
        }
    }

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(?:(\\d{2})|Q([1-4])|H([12])))?");

    public ReportingPeriod {
        int max = 12 / kind.months();
        if (index < 1 || index > max) {
            throw new IllegalArgumentException(kind + " index " + index + " outside 1.." + max);
        }
    }

    /** Parses {@code 2026}, {@code 2026-H1}, {@code 2026-Q3}, {@code 2026-07}. */
    public static ReportingPeriod parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("not a period: " + text);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return new ReportingPeriod(year, Kind.MONTH, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return new ReportingPeriod(year, Kind.QUARTER, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return new ReportingPeriod(year, Kind.HALF_YEAR, Integer.parseInt(m.group(4)));
        }
        return new ReportingPeriod(year, Kind.YEAR, 1);
    }

    public LocalDate start() {
        return LocalDate.of(year, (index - 1) * kind.months() + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(kind.months()).minusDays(1);
    }

    /** The period that contains the date. */
    public static ReportingPeriod containing(LocalDate date, Kind kind) {
        return new ReportingPeriod(date.getYear(), kind, (date.getMonthValue() - 1) / kind.months() + 1);
    }

    public ReportingPeriod next() {
        LocalDate after = end().plusDays(1);
        return containing(after, kind);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case MONTH -> String.format("%d-%02d", year, index);
            case QUARTER -> year + "-Q" + index;
            case HALF_YEAR -> year + "-H" + index;
            case YEAR -> String.valueOf(year);
        };
    }
}
