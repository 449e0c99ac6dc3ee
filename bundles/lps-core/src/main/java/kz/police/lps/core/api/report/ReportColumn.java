package kz.police.lps.core.api.report;

import java.util.Objects;
import java.util.regex.Pattern;

import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * A column of a report table.
 *
 * @param key   a stable key ({@code [a-z][a-zA-Z0-9_-]*}), used by the chart and in the JSON output
 * @param label the header in the three languages
 * @param type  what the cells hold
 */
public record ReportColumn(String key, LocalizedText label, Type type) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9_-]{0,63}");

    /**
     * The cell types: {@code TEXT} holds a {@link String} or a {@link LocalizedText}, {@code INTEGER} a {@link Long},
     * {@code DECIMAL} a {@link java.math.BigDecimal}, {@code DATE} a {@link java.time.LocalDate}; any cell may be null.
     */
    public enum Type {
        TEXT, INTEGER, DECIMAL, DATE;

        public boolean numeric() {
            return this == INTEGER || this == DECIMAL;
        }
    }

    public ReportColumn {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("column key must match " + KEY + ": " + key);
        }
    }

    public static ReportColumn text(String key, LocalizedText label) {
        return new ReportColumn(key, label, Type.TEXT);
    }

    public static ReportColumn integer(String key, LocalizedText label) {
        return new ReportColumn(key, label, Type.INTEGER);
    }

    public static ReportColumn decimal(String key, LocalizedText label) {
        return new ReportColumn(key, label, Type.DECIMAL);
    }

    public static ReportColumn date(String key, LocalizedText label) {
        return new ReportColumn(key, label, Type.DATE);
    }
}
