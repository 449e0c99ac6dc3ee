package kz.police.lps.core.internal.shell;

import java.time.Instant;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.core.api.task.TaskQuery;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.core.api.task.TaskStatus;

@Service
@Command(scope = "lps", name = "tasks", description = "Lists tasks you may see, soonest due first; '!' marks overdue, "
        + "'^' escalated")
public class TasksCommand implements Action {

    @Reference
    private TaskService tasks;

    @Reference
    private OfficerService officers;

    @Reference
    private CallerFactory callers;

    @Option(name = "--assignee", description = "'me' or an officer id")
    private String assignee;

    @Option(name = "--status", description = "OPEN (default), DONE, CANCELLED, ANY")
    private String status = "OPEN";

    @Option(name = "--overdue", description = "only open tasks past due")
    private boolean overdue;

    @Option(name = "--unit", description = "only this unit's tasks")
    private String unit;

    @Option(name = "--limit", description = "at most this many rows")
    private int limit = 30;

    @Override
    public Object execute() {
        Caller caller = callers.shellCaller();
        Long assigneeId = null;
        if ("me".equals(assignee)) {
            assigneeId = officers.officerIdOf(caller).orElse(-1L);
        } else if (assignee != null) {
            assigneeId = Long.valueOf(assignee);
        }
        TaskStatus s = "ANY".equalsIgnoreCase(status) ? null : TaskStatus.valueOf(status.toUpperCase());
        Page<Task> page = tasks.search(caller, new TaskQuery(assigneeId, s, overdue ? Boolean.TRUE : null, null,
                null, unit, null, null, null, null), PageRequest.firstRows(limit));
        Instant now = Instant.now();
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Due");
        table.column("");
        table.column("Status");
        table.column("Kind");
        table.column("Title").maxSize(50);
        table.column("Subject");
        table.column("Assignee");
        table.column("Dept");
        for (Task t : page.items()) {
            table.addRow().addContent(t.id(), t.dueAt(), (t.overdue(now) ? "!" : "") + (t.escalatedAt() != null ? "^"
                    : ""), t.status(), t.kind(), t.title(),
                    t.subjectType() == null ? "" : t.subjectType() + ":" + t.subjectId(),
                    t.assigneeId() == null ? "-" : t.assigneeId() + (t.originalAssigneeId() == null ? ""
                            : " (for " + t.originalAssigneeId() + ")"),
                    t.departmentId());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " shown");
        return null;
    }
}
