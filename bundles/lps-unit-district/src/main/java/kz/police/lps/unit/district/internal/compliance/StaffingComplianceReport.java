package kz.police.lps.unit.district.internal.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.report.ReportChart;
import kz.police.lps.core.api.report.ReportColumn;
import kz.police.lps.core.api.report.ReportContext;
import kz.police.lps.core.api.report.ReportDefinition;
import kz.police.lps.core.api.report.ReportParameters;
import kz.police.lps.core.api.report.ReportTable;
import kz.police.lps.unit.district.internal.DistrictUnit;

/**
 * {@code district.staffing-compliance}: every police point of the department and, under it, its precincts, with
 * residents, inspectors and the staffing-norm warnings (US-03..05, BR-01..10), and a bar chart of the warnings per
 * point and precinct. The state now: the report takes no period.
 */
@Component(service = ReportDefinition.class)
public class StaffingComplianceReport implements ReportDefinition {

    static final String ID = "district.staffing-compliance";
    private static final LocalizedText TITLE = new LocalizedText(
            "Учаскелік полиция инспекторларының штаттық нормаларын сақтау",
            "Соблюдение штатных нормативов участковых инспекторов полиции",
            "District inspectors' staffing-norm compliance");
    private static final LocalizedText TOTAL = new LocalizedText("Барлығы", "Итого", "Total");

    private final StaffingCompliance compliance;

    @Activate
    public StaffingComplianceReport(@Reference StaffingCompliance compliance) {
        this.compliance = compliance;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String unitId() {
        return DistrictUnit.ID;
    }

    @Override
    public LocalizedText title() {
        return TITLE;
    }

    @Override
    public LocalizedText description() {
        return new LocalizedText(
                "УПП және учаскелер бойынша тұрғындар, инспекторлар, автокөлік, аудан нормалары бойынша ескертулер "
                        + "(ұсынымдық нормалар, 1598 қаулы)",
                "Предупреждения по нормам жителей, инспекторов, транспорта и площади по УПП и участкам "
                        + "(рекомендательные нормы, постановление 1598)",
                "Warnings on the residents, inspectors, vehicles and area norms per point and precinct "
                        + "(recommended norms, Decree 1598)");
    }

    /** The unit's own roles (and {@code lps-admin}): the check reads the unit's records. */
    @Override
    public java.util.Set<String> roles() {
        return java.util.Set.of(DistrictUnit.ID + "-*");
    }

    /** The state at the time of the run: no period; a department or the caller's scope. */
    @Override
    public ReportParameters parameters() {
        return new ReportParameters(ReportParameters.Use.UNUSED, null, ReportParameters.Use.OPTIONAL);
    }

    @Override
    public ReportTable compute(ReportContext ctx) {
        ctx.progress().total(2);
        StaffingCompliance.Evaluation ev = compliance.evaluate(ctx.caller(), ctx.departmentId());
        ctx.progress().advance();
        Map<Long, List<ComplianceWarning>> byNode = ev.byNode();
        Map<Long, PrecinctFacts> precinctFacts = new HashMap<>();
        ev.precinctFacts().forEach(p -> precinctFacts.put(p.nodeId(), p));
        Map<Long, List<OrgUnit>> precinctsOfPoint = new HashMap<>();
        List<OrgUnit> loose = new ArrayList<>();
        for (OrgUnit p : ev.precincts()) {
            PrecinctFacts f = precinctFacts.get(p.id());
            if (f.pointId() == null) {
                loose.add(p);
            } else {
                precinctsOfPoint.computeIfAbsent(f.pointId(), k -> new ArrayList<>()).add(p);
            }
        }
        ReportTable.Builder table = ReportTable.builder(TITLE)
                .column(ReportColumn.text("code", new LocalizedText("Коды", "Код", "Code")))
                .column(ReportColumn.text("name", new LocalizedText("Атауы", "Наименование", "Name")))
                .column(ReportColumn.text("kind", new LocalizedText("Түрі", "Вид", "Kind")))
                .column(ReportColumn.text("settlementType", new LocalizedText("Елді мекен", "Местность", "Area")))
                .column(ReportColumn.integer("residents", new LocalizedText("Тұрғындар", "Жители", "Residents")))
                .column(ReportColumn.integer("inspectors", new LocalizedText("Инспекторлар", "Инспекторы",
                        "Inspectors")))
                .column(ReportColumn.integer("warnings", new LocalizedText("Ескертулер", "Предупреждения",
                        "Warnings")))
                .column(ReportColumn.text("details", new LocalizedText("Ескертулер мазмұны", "Содержание "
                        + "предупреждений", "What the warnings say")));
        for (OrgUnit point : ev.points()) {
            List<OrgUnit> its = precinctsOfPoint.getOrDefault(point.id(), List.of());
            long residents = its.stream().mapToLong(p -> precinctFacts.get(p.id()).residentCount()).sum();
            long inspectors = its.stream().map(p -> precinctFacts.get(p.id()).inspectorId())
                    .filter(java.util.Objects::nonNull).distinct().count();
            row(table, point, residents, inspectors, byNode.getOrDefault(point.id(), List.of()));
            for (OrgUnit p : its) {
                precinctRow(table, p, precinctFacts.get(p.id()), byNode);
            }
        }
        for (OrgUnit p : loose) {
            precinctRow(table, p, precinctFacts.get(p.id()), byNode);
        }
        table.sumTotals(TOTAL);
        if (table.rowCount() > 0) {
            table.chart(ReportChart.bars(new LocalizedText("Ескертулер саны", "Количество предупреждений",
                    "Warnings per point and precinct"), "code", "warnings"));
        }
        ctx.progress().advance();
        return table.build();
    }

    private static void precinctRow(ReportTable.Builder table, OrgUnit p, PrecinctFacts f,
            Map<Long, List<ComplianceWarning>> byNode) {
        row(table, p, f.residentCount(), f.inspectorId() == null ? 0 : 1, byNode.getOrDefault(p.id(), List.of()));
    }

    private static void row(ReportTable.Builder table, OrgUnit n, long residents, long inspectors,
            List<ComplianceWarning> warnings) {
        table.row(n.code(), n.name(), n.kind().label(), n.settlementType() == null ? null : n.settlementType().label(),
                residents, inspectors, (long) warnings.size(), details(warnings));
    }

    /** The warnings in words: the rule, then the value found against the norm's. */
    static LocalizedText details(List<ComplianceWarning> warnings) {
        if (warnings.isEmpty()) {
            return null;
        }
        return new LocalizedText(join(warnings, "kk"), join(warnings, "ru"), join(warnings, "en"));
    }

    private static String join(List<ComplianceWarning> warnings, String lang) {
        java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
        return warnings.stream().map(w -> {
            StringBuilder b = new StringBuilder(w.ruleId()).append(": ").append(w.label().in(locale));
            if (w.actual() != null || w.limit() != null) {
                b.append(" (").append(w.actual() == null ? "—" : w.actual().stripTrailingZeros().toPlainString());
                if (w.limit() != null) {
                    b.append(" / ").append(w.limit().stripTrailingZeros().toPlainString());
                }
                b.append(')');
            }
            if (w.detail() != null) {
                b.append(": ").append(w.detail().in(locale));
            }
            return b.toString();
        }).collect(Collectors.joining("; "));
    }
}
