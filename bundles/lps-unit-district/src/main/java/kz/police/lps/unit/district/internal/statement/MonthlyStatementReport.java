package kz.police.lps.unit.district.internal.statement;

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

/**
 * {@code district.monthly-statement}: the month's work of every district officer on duty in the scope (the head's
 * generalisation of the statements, L437-441): the figures of the statement as submitted, or counted now from
 * recorded activity for an officer who has not submitted one (flagged), with totals and a bar chart.
 */
@Component(service = ReportDefinition.class)
public class MonthlyStatementReport implements ReportDefinition {

    static final String ID = "district.monthly-statement";
    private static final LocalizedText TITLE = new LocalizedText("Атқарылған жұмыс туралы ай сайынғы анықтама",
            "Ежемесячная справка о проделанной работе", "Monthly statement of work done");
    private static final LocalizedText YES = new LocalizedText("ұсынылды", "представлена", "submitted");
    private static final LocalizedText NO = new LocalizedText("ұсынылмады", "не представлена", "not submitted");

    private final DistrictOfficers officers;
    private final WorkStatements statements;
    private final ActivityFigures figures;

    @Activate
    public MonthlyStatementReport(@Reference DistrictOfficers officers, @Reference WorkStatements statements,
            @Reference ActivityFigures figures) {
        this.officers = officers;
        this.statements = statements;
        this.figures = figures;
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
                "Әр учаскелік инспектордың айдағы жұмысы: жұмыс дәптері, өтініштер, есептегілерді тексеру, халық"
                        + " алдындағы есептер; анықтама ұсынылды ма",
                "Работа каждого участкового инспектора за месяц: рабочая тетрадь, заявления, проверки состоящих на"
                        + " учёте, отчёты перед населением; представлена ли справка",
                "Each district officer's month: notebook, applications, register checks, public reports; whether the"
                        + " statement was submitted");
    }

    @Override
    public ReportParameters parameters() {
        return ReportParameters.periodOf(ReportingPeriod.Kind.MONTH);
    }

    @Override
    public ReportTable compute(ReportContext ctx) {
        List<Officer> staff = officers.onDuty(ctx.caller(), ctx.scope());
        ctx.progress().total(staff.size() + 1);
        Map<Long, WorkStatement> submitted = statements.submitted(ctx.period(), ctx.scope());
        // counted from recorded activity, for those without a statement: grouped per officer, not ~5 queries each
        ActivityFigures.Month counted = figures.of(staff.stream().map(Officer::id)
                .filter(id -> !submitted.containsKey(id)).toList(), ctx.period());
        ctx.progress().advance();
        ReportTable.Builder table = ReportTable.builder(TITLE)
                .column(ReportColumn.text("officer", new LocalizedText("Қызметкер", "Сотрудник", "Officer")))
                .column(ReportColumn.integer("notebookIssued", new LocalizedText("Дәптерге жазылған тапсырмалар",
                        "Поручения в тетради", "Notebook assignments")))
                .column(ReportColumn.integer("notebookDone", new LocalizedText("Орындалған тапсырмалар",
                        "Исполненные поручения", "Assignments done")))
                .column(ReportColumn.integer("applicationsDecided", new LocalizedText("Шешілген өтініштер",
                        "Рассмотренные заявления", "Applications decided")))
                .column(ReportColumn.integer("registerChecks", new LocalizedText("Есептегілерді тексеру",
                        "Проверки состоящих на учёте", "Register checks")))
                .column(ReportColumn.integer("publicReports", new LocalizedText("Халық алдындағы есептер",
                        "Отчёты перед населением", "Public reports")))
                .column(ReportColumn.text("statement", new LocalizedText("Анықтама", "Справка", "Statement")));
        for (Officer o : staff) {
            if (ctx.progress().cancelled()) {
                break;
            }
            WorkStatement s = submitted.get(o.id());
            StatementFigures f = s != null ? s.figures() : counted.of(ctx.caller(), o.id());
            table.row(OfficerNames.full(o), f.notebookIssued(), f.notebookDone(), f.applicationsDecided(),
                    f.registerChecks(), f.publicReports(), s != null ? YES : NO);
            ctx.progress().advance();
        }
        table.sumTotals(new LocalizedText("Барлығы", "Итого", "Total"));
        table.chart(ReportChart.bars(new LocalizedText("Айдағы жұмыс " + ctx.period(),
                "Работа за " + ctx.period(), "Work in " + ctx.period()), "officer", "notebookDone",
                "applicationsDecided", "registerChecks", "publicReports"));
        return table.build();
    }
}
