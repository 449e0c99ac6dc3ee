package kz.police.lps.core.api.report;

import java.util.List;
import java.util.Objects;

import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * How to chart a table where it compares numbers across periods or departments: one category per row (the text of
 * {@code categoryColumn}), one series per value column (numeric), labelled with the column's label.
 *
 * @param kind           bars (side by side per category) or lines (one per series)
 * @param title          the chart's title, or {@code null} for the table's
 * @param categoryColumn the key of the column naming each row (the x axis)
 * @param valueColumns   the keys of the numeric columns to plot (the series)
 */
public record ReportChart(Kind kind, LocalizedText title, String categoryColumn, List<String> valueColumns) {

    public enum Kind {
        BAR, LINE
    }

    public ReportChart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(categoryColumn, "categoryColumn");
        valueColumns = List.copyOf(valueColumns);
        if (valueColumns.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one value column");
        }
    }

    public static ReportChart bars(LocalizedText title, String categoryColumn, String... valueColumns) {
        return new ReportChart(Kind.BAR, title, categoryColumn, List.of(valueColumns));
    }

    public static ReportChart lines(LocalizedText title, String categoryColumn, String... valueColumns) {
        return new ReportChart(Kind.LINE, title, categoryColumn, List.of(valueColumns));
    }
}
