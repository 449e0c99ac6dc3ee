package kz.police.lps.unit.juvenile.internal.statement;

import java.time.Instant;
import java.util.ArrayList;
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
import kz.police.lps.unit.juvenile.internal.JuvenileUnit;

/**
 * {@code juvenile.monthly-statement}: the month's work of every juvenile officer on duty in the scope (the head's
 * view for generalising the statements, L902-906): each activity counter's figure as the statement carries it, or
 * counted now for an officer who has not submitted one; the statement's status and whether it is overdue (due by the
 * 1st of the next month); totals and a bar chart. Run by the unit's roles and heads (the core's default).
 */
@Component(service = ReportDefinition.class)
public class MonthlyStatementReport implements ReportDefinition {

    static final String ID = "juvenile.monthly-statement";
    private static final LocalizedText TITLE = new LocalizedText(
            "КТІ УПИ-дің атқарылған жұмыс туралы ай сайынғы анықтамасы",
            "Ежемесячная справка о проделанной работе инспекторов ПДН",
            "Monthly statement of work done of juvenile inspectors");
    private static final LocalizedText NONE = new LocalizedText("жоқ", "нет", "none");
    private static final LocalizedText YES = new LocalizedText("иә", "да", "yes");
    private static final LocalizedText NO = new LocalizedText("жоқ", "нет", "no");

    private final UnitOfficers officers;
    private final WorkStatements statements;

    @Activate
    public MonthlyStatementReport(@Reference UnitOfficers officers, @Reference WorkStatements statements) {
        this.officers = officers;
        this.statements = statements;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String unitId() {
        return JuvenileUnit.ID;
    }

    @Override
    public LocalizedText title() {
        return TITLE;
    }

    @Override
    public ReportParameters parameters() {
        return ReportParameters.periodOf(ReportingPeriod.Kind.MONTH);
    }

    @Override
    public ReportTable compute(ReportContext ctx) {
        List<Officer> staff = officers.onDuty(ctx.scope());
        ctx.progress().total(staff.size() + 1);
        ReportingPeriod month = ctx.period();
        Map<Long, WorkStatement> found = statements.ofMonth(month, ctx.scope());
        Map<String, LocalizedText> labels = statements.figures().labels();
        List<String> keys = new ArrayList<>(labels.keySet());
        ReportTable.Builder table = ReportTable.builder(TITLE)
                .column(ReportColumn.text("officer", new LocalizedText("Қызметкер", "Сотрудник", "Officer")));
        keys.forEach(k -> table.column(ReportColumn.integer(k, labels.get(k))));
        table.column(ReportColumn.text("statement", new LocalizedText("Анықтама", "Справка", "Statement")))
                .column(ReportColumn.text("overdue", new LocalizedText("Мерзімі өткен", "Просрочена", "Overdue")));
        ctx.progress().advance();
        Instant now = Instant.now();
        for (Officer o : staff) {
            if (ctx.progress().cancelled()) {
                break;
            }
            WorkStatement s = found.get(o.id());
            Map<String, Long> figures = s != null ? map(s.figures()) : statements.countNow(o.id(), month);
            List<Object> row = new ArrayList<>();
            row.add(OfficerNames.full(o));
            keys.forEach(k -> row.add(figures.getOrDefault(k, 0L)));
            row.add(s == null ? NONE : s.status().label());
            boolean overdue = s != null ? s.overdue()
                    : StatementRules.overdue(statements.dueAt(month, o.departmentId()), null, now);
            row.add(overdue ? YES : NO);
            table.row(row);
            ctx.progress().advance();
        }
        table.sumTotals(new LocalizedText("Барлығы", "Итого", "Total"));
        if (!keys.isEmpty()) {
            table.chart(ReportChart.bars(new LocalizedText("Айдағы жұмыс " + month, "Работа за " + month,
                    "Work in " + month), "officer", keys.toArray(String[]::new)));
        }
        return table.build();
    }

    private static Map<String, Long> map(List<Figure> figures) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        figures.forEach(f -> out.put(f.key(), f.count()));
        return out;
    }
}
