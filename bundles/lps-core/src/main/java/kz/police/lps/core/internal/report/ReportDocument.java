package kz.police.lps.core.internal.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.report.ReportColumn;
import kz.police.lps.core.api.report.ReportRun;
import kz.police.lps.core.api.report.ReportTable;

/**
 * What a renderer prints: the result table and the run's parameters, in one language.
 *
 * @param zone the zone the generation time is shown in (the working calendar's)
 */
public record ReportDocument(ReportRun run, ReportTable table, Locale locale, ZoneId zone) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public String title() {
        return table.title().in(locale);
    }

    public String department() {
        return run.departmentName() != null ? run.departmentName().in(locale)
                : run.departmentId() != null ? String.valueOf(run.departmentId()) : ReportLabels.WHOLE_SCOPE.in(locale);
    }

    public String generatedAt() {
        Instant at = run.finishedAt() != null ? run.finishedAt() : Instant.now();
        return WHEN.format(at.atZone(zone)) + " (" + zone.getId() + ")";
    }

    /** The caption/value pairs printed above the table. */
    public List<String[]> parameters() {
        return List.of(
                new String[] {ReportLabels.PERIOD.in(locale), run.period() == null ? "—" : run.period()},
                new String[] {ReportLabels.DEPARTMENT.in(locale), department()},
                new String[] {ReportLabels.GENERATED.in(locale), generatedAt()},
                new String[] {ReportLabels.REQUESTED_BY.in(locale), run.requestedBy()});
    }

    /** A cell as text for people (PDF, shell): dates as dd.MM.yyyy, texts in the language. */
    public String display(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof java.time.LocalDate d) {
            return DATE.format(d);
        }
        return plain(cell, locale);
    }

    /** The cell of the totals row, with the "Total" caption in a leading empty text cell. */
    public Object totalsCell(int column) {
        Object v = table.totals().get(column);
        if (v == null && column == 0 && table.columns().get(0).type() == ReportColumn.Type.TEXT) {
            return ReportLabels.TOTAL;
        }
        return v;
    }

    /** A cell as plain text for machines (CSV): ISO dates, plain decimals, texts in the language. */
    static String plain(Object cell, Locale locale) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof LocalizedText t) {
            return t.in(locale);
        }
        if (cell instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return cell.toString();
    }
}
