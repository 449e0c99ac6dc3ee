package kz.police.lps.unit.district.internal.publicreport;

import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerNames;
import kz.police.lps.core.api.report.ReportChart;
import kz.police.lps.core.api.report.ReportColumn;
import kz.police.lps.core.api.report.ReportContext;
import kz.police.lps.core.api.report.ReportDefinition;
import kz.police.lps.core.api.report.ReportParameters;
import kz.police.lps.core.api.report.ReportTable;
import kz.police.lps.unit.district.internal.DistrictUnit;
import kz.police.lps.unit.district.internal.planning.DistrictOfficers;
import kz.police.lps.unit.district.internal.planning.PeriodicObligations;

/**
 * {@code district.public-reports}: per district officer on duty in the scope, the reports to the population counted
 * for the quarter against the norm (BR-19: at least one a quarter, L82-86), the missing ones flagged, with a chart.
 */
@Component(service = ReportDefinition.class)
public class PublicReportsReport implements ReportDefinition {

    static final String ID = "district.public-reports";
    private static final LocalizedText TITLE = new LocalizedText("Учаскелік инспекторлардың халық алдындағы есептері",
            "Отчёты участковых инспекторов перед населением", "District inspectors' reports to the population");
    private static final LocalizedText HELD = new LocalizedText("өткізілді", "проведён", "held");
    private static final LocalizedText MISSING = new LocalizedText("өткізілмеді", "не проведён", "missing");

    private final DistrictOfficers officers;
    private final PublicReports reports;
    private final PeriodicObligations obligations;

    @Activate
    public PublicReportsReport(@Reference DistrictOfficers officers, @Reference PublicReports reports,
            @Reference PeriodicObligations obligations) {
        this.officers = officers;
        this.reports = reports;
        this.obligations = obligations;
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
        return new LocalizedText("Тоқсанда өткізілген есептер, талап етілгені (кемінде 1) және өткізілмегендері",
                "Отчёты, проведённые за квартал, требуемые (не реже 1) и непроведённые",
                "Reports held in the quarter against the required (at least 1), the missing ones flagged");
    }

    @Override
    public ReportParameters parameters() {
        return ReportParameters.periodOf(ReportingPeriod.Kind.QUARTER);
    }

    @Override
    public ReportTable compute(ReportContext ctx) {
        List<Officer> staff = officers.onDuty(ctx.caller(), ctx.scope());
        ctx.progress().total(staff.size() + 1);
        Map<Long, Long> held = reports.heldPerOfficer(ctx.period(), ctx.scope());
        ctx.progress().advance();
        ReportTable.Builder table = ReportTable.builder(TITLE)
                .column(ReportColumn.text("officer", new LocalizedText("Қызметкер", "Сотрудник", "Officer")))
                .column(ReportColumn.integer("held", new LocalizedText("Өткізілді", "Проведено", "Held")))
                .column(ReportColumn.integer("required", new LocalizedText("Талап етіледі", "Требуется",
                        "Required")))
                .column(ReportColumn.integer("missing", new LocalizedText("Жетпейді", "Недостаёт", "Missing")))
                .column(ReportColumn.text("status", new LocalizedText("Жағдайы", "Состояние", "Status")));
        for (Officer o : staff) {
            long h = held.getOrDefault(o.id(), 0L);
            long required = obligations.required(PublicReports.NORM, o.departmentId());
            long missing = Math.max(0, required - h);
            table.row(OfficerNames.full(o), h, required, missing, missing == 0 ? HELD : MISSING);
            ctx.progress().advance();
        }
        table.sumTotals(new LocalizedText("Барлығы", "Итого", "Total"));
        table.chart(ReportChart.bars(new LocalizedText("Халық алдындағы есептер " + ctx.period(),
                "Отчёты перед населением " + ctx.period(), "Reports to the population " + ctx.period()), "officer",
                "held", "required"));
        return table.build();
    }
}
