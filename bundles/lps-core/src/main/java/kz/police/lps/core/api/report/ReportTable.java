package kz.police.lps.core.api.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * A report's result: a titled table, optionally with a totals row and a chart. Cells are normalised to the column's
 * type ({@link ReportColumn.Type}); a cell that does not fit its column is refused here, so a bad report fails its
 * run with a clear message rather than rendering nonsense.
 *
 * @param title   the table's title in the three languages
 * @param columns the columns, in order
 * @param rows    the rows, each with one cell per column (cells may be null)
 * @param totals  the totals row (one cell per column, null cells allowed), or {@code null}
 * @param chart   the chart, or {@code null}
 */
public record ReportTable(LocalizedText title, List<ReportColumn> columns, List<List<Object>> rows,
        List<Object> totals, ReportChart chart) {

    public ReportTable {
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        Set<String> keys = new HashSet<>();
        for (ReportColumn c : columns) {
            if (!keys.add(c.key())) {
                throw new IllegalArgumentException("duplicate column key " + c.key());
            }
        }
        List<List<Object>> normalised = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            normalised.add(normalise(columns, rows.get(i), "row " + (i + 1)));
        }
        rows = Collections.unmodifiableList(normalised);
        totals = totals == null ? null : normalise(columns, totals, "totals");
        if (chart != null) {
            ReportColumn category = column(columns, chart.categoryColumn());
            if (category == null) {
                throw new IllegalArgumentException("chart category column " + chart.categoryColumn() + " unknown");
            }
            for (String v : chart.valueColumns()) {
                ReportColumn c = column(columns, v);
                if (c == null || !c.type().numeric()) {
                    throw new IllegalArgumentException("chart value column " + v + " unknown or not numeric");
                }
            }
        }
    }

    /** The column with this key, or {@code null}. */
    public ReportColumn column(String key) {
        return column(columns, key);
    }

    /** The index of the column with this key, or -1. */
    public int indexOf(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public static Builder builder(LocalizedText title) {
        return new Builder(title);
    }

    private static ReportColumn column(List<ReportColumn> columns, String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }

    private static List<Object> normalise(List<ReportColumn> columns, List<?> row, String where) {
        if (row == null || row.size() != columns.size()) {
            throw new IllegalArgumentException(where + " has " + (row == null ? 0 : row.size()) + " cells, expected "
                    + columns.size());
        }
        List<Object> out = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            out.add(cell(columns.get(i), row.get(i), where));
        }
        return Collections.unmodifiableList(out);
    }

    private static Object cell(ReportColumn column, Object v, String where) {
        if (v == null) {
            return null;
        }
        switch (column.type()) {
            case TEXT:
                if (v instanceof String || v instanceof LocalizedText) {
                    return v;
                }
                break;
            case INTEGER:
                if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                    return ((Number) v).longValue();
                }
                if (v instanceof BigInteger b && b.bitLength() < 64) {
                    return b.longValue();
                }
                break;
            case DECIMAL:
                if (v instanceof BigDecimal d) {
                    return d;
                }
                if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
                    return BigDecimal.valueOf(((Number) v).longValue());
                }
                if (v instanceof Double || v instanceof Float) {
                    double d = ((Number) v).doubleValue();
                    if (Double.isFinite(d)) {
                        return BigDecimal.valueOf(d);
                    }
                }
                break;
            case DATE:
                if (v instanceof LocalDate) {
                    return v;
                }
                break;
            default:
                break;
        }
        throw new IllegalArgumentException(where + ", column " + column.key() + ": " + v.getClass().getSimpleName()
                + " " + v + " does not fit " + column.type());
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final LocalizedText title;
        private final List<ReportColumn> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private List<Object> totals;
        private ReportChart chart;

        private Builder(LocalizedText title) {
            this.title = title;
        }

        public Builder column(ReportColumn column) {
            columns.add(column);
            return this;
        }

        public Builder row(Object... cells) {
            rows.add(Arrays.asList(cells));
            return this;
        }

        public Builder row(List<?> cells) {
            rows.add(new ArrayList<>(cells));
            return this;
        }

        public Builder totals(Object... cells) {
            totals = Arrays.asList(cells);
            return this;
        }

        /**
         * A totals row summing every numeric column; {@code label} goes into the first column when it is a text
         * column.
         */
        public Builder sumTotals(LocalizedText label) {
            List<Object> sums = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                ReportColumn c = columns.get(i);
                if (c.type() == ReportColumn.Type.INTEGER) {
                    long s = 0;
                    for (List<Object> r : rows) {
                        s += r.get(i) == null ? 0 : ((Number) r.get(i)).longValue();
                    }
                    sums.add(s);
                } else if (c.type() == ReportColumn.Type.DECIMAL) {
                    BigDecimal s = BigDecimal.ZERO;
                    for (List<Object> r : rows) {
                        Object v = r.get(i);
                        s = v == null ? s : s.add(v instanceof BigDecimal b ? b : new BigDecimal(v.toString()));
                    }
                    sums.add(s);
                } else {
                    sums.add(i == 0 && c.type() == ReportColumn.Type.TEXT ? label : null);
                }
            }
            totals = sums;
            return this;
        }

        public Builder chart(ReportChart value) {
            chart = value;
            return this;
        }

        public int rowCount() {
            return rows.size();
        }

        public ReportTable build() {
            return new ReportTable(title, columns, rows, totals, chart);
        }
    }
}
