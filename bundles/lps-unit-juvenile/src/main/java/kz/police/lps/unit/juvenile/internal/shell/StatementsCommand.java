package kz.police.lps.unit.juvenile.internal.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerNames;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.unit.juvenile.internal.statement.StatementRules;
import kz.police.lps.unit.juvenile.internal.statement.UnitOfficers;
import kz.police.lps.unit.juvenile.internal.statement.WorkStatement;
import kz.police.lps.unit.juvenile.internal.statement.WorkStatements;

@Service
@Command(scope = "juvenile", name = "statements", description = "Whose monthly statement of work done (L902-906) is "
        + "submitted, generalised, still a draft or missing this month, and whose is overdue (due by the 1st of the "
        + "next month)")
public class StatementsCommand implements Action {

    @Reference
    private WorkStatements statements;

    @Reference
    private UnitOfficers officers;

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private CallerFactory callers;

    @Option(name = "--month", description = "the month (default: this month), e.g. 2026-11")
    private String month;

    @Option(name = "--overdue", description = "only overdue statements (or missing ones past the due day)")
    private boolean overdueOnly;

    @Override
    public Object execute() {
        Caller caller = callers.shellCaller();
        ZoneId zone = calendar.zone();
        ReportingPeriod period = month == null
                ? ReportingPeriod.containing(LocalDate.now(zone), ReportingPeriod.Kind.MONTH)
                : StatementRules.month("month", month);
        Map<Long, WorkStatement> byOfficer = new HashMap<>();
        statements.list(caller, period.toString(), null, null, PageRequest.firstRows(PageRequest.MAX_LIMIT)).items()
                .forEach(s -> byOfficer.put(s.officerId(), s));
        Instant now = Instant.now();
        ShellTable table = new ShellTable();
        table.column("Officer");
        table.column("Statement");
        table.column("Due");
        table.column("Submitted");
        table.column("Overdue");
        int rows = 0;
        for (Officer o : officers.onDuty(caller.scope())) {
            WorkStatement s = byOfficer.get(o.id());
            Instant due = s != null ? s.dueAt() : statements.dueAt(period, o.departmentId());
            boolean overdue = s != null ? s.overdue() : StatementRules.overdue(due, null, now);
            if (overdueOnly && !overdue) {
                continue;
            }
            table.addRow().addContent(OfficerNames.brief(o), s == null ? "none" : s.status().name(),
                    due.atZone(zone).toLocalDate(), s == null || s.submittedAt() == null ? ""
                            : s.submittedAt().atZone(zone).toLocalDateTime().withNano(0),
                    overdue ? "yes" : "");
            rows++;
        }
        table.print(System.out);
        System.out.println(period + ": " + rows + " officer(s)");
        return null;
    }
}
