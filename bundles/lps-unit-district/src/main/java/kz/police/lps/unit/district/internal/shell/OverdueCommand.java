package kz.police.lps.unit.district.internal.shell;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.core.api.task.TaskQuery;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.core.api.task.TaskStatus;
import kz.police.lps.unit.district.internal.DistrictUnit;
import kz.police.lps.unit.district.internal.planning.PlanningRules;

/** The head's daily question: which tasks of the district unit in my scope are overdue, whose, and by how much. */
@Service
@Command(scope = "district", name = "overdue", description = "Open overdue tasks of the district inspectors unit in "
        + "your scope: officer, kind, title, due day and days late, most overdue first")
public class OverdueCommand implements Action {

    @Reference
    private TaskService tasks;

    @Reference
    private OfficerService officers;

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private CallerFactory callers;

    @Option(name = "--kind", description = "only tasks of this kind, e.g. district.appointment-petition")
    private String kind;

    @Option(name = "--limit", description = "at most this many rows (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        Caller caller = callers.shellCaller();
        Page<Task> overdue = tasks.search(caller, new TaskQuery(null, TaskStatus.OPEN, true, null, null,
                DistrictUnit.ID, kind, null, null, null), PageRequest.firstRows(limit));
        LocalDate today = LocalDate.now(calendar.zone());
        Map<Long, String> names = new HashMap<>();
        ShellTable table = new ShellTable();
        table.column("Officer");
        table.column("Kind");
        table.column("Title").maxSize(60);
        table.column("Due");
        table.column("Days late");
        for (Task t : overdue.items()) {
            Instant due = t.dueAt();
            table.addRow().addContent(officer(caller, t.assigneeId(), names), t.kind(), t.title(),
                    due.atZone(calendar.zone()).toLocalDate(), PlanningRules.daysLate(due, today, calendar.zone()));
        }
        table.print(System.out);
        System.out.println(overdue.items().size() + " of " + overdue.total() + " overdue");
        return null;
    }

    private String officer(Caller caller, Long id, Map<Long, String> names) {
        if (id == null) {
            return "-";
        }
        return names.computeIfAbsent(id, k -> {
            try {
                Officer o = officers.get(caller, k);
                return o.surname() + " " + o.name() + " (" + k + ")";
            } catch (RuntimeException notVisible) {
                return String.valueOf(k);
            }
        });
    }
}
