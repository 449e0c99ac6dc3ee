package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.core.api.task.TaskQuery;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.core.api.task.TaskStatus;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;

/**
 * The school cycle's tasks in the core's engine. The caller has been authorised by {@link JuvenileAccess} before; a
 * task for another officer is created, and an occurrence of a recurring obligation completed, as the caller when the
 * engine lets them (their own task, the unit's head, lps-admin), else as the unit with the caller named in the
 * outcome. Runs inside the caller's transaction.
 */
@Component(service = SchoolTasks.class)
public class SchoolTasks {

    /** Kinds of the area's tasks. */
    public static final String MANAGEMENT_REPORT = "juvenile.school-management-report";
    public static final String PREVENTION_COUNCIL = "juvenile.school-prevention-council";
    public static final String JOINT_PLAN = "juvenile.school-joint-plan";
    public static final String QUARTER_STATEMENT = "juvenile.school-quarter-statement";
    public static final String ANNUAL_REVIEW = "juvenile.school-annual-review";

    private final TaskService tasks;
    private final JuvenileAccess access;

    @Activate
    public SchoolTasks(@Reference TaskService tasks, @Reference JuvenileAccess access) {
        this.tasks = tasks;
        this.access = access;
    }

    public Task create(Caller caller, NewTask task) {
        boolean own = task.assigneeId() != null && access.officerIdOf(caller).map(task.assigneeId()::equals)
                .orElse(false);
        return tasks.create(own || access.isHead(caller) ? caller : unit(), task);
    }

    /** Completes the open tasks of a kind about a subject (with this origin key, when one is given); how many. */
    public int complete(Caller caller, String kind, String subjectType, Object subjectId, String originKey,
            String outcome) {
        List<Task> open = tasks.search(unit(), new TaskQuery(null, TaskStatus.OPEN, null, null, null,
                JuvenileAccess.UNIT, kind, subjectType, String.valueOf(subjectId), null),
                PageRequest.first(PageRequest.MAX_LIMIT)).items();
        Long me = access.officerIdOf(caller).orElse(null);
        int done = 0;
        for (Task t : open) {
            if (originKey != null && !originKey.equals(t.originKey())) {
                continue;
            }
            boolean mine = me != null && (me.equals(t.assigneeId()) || me.equals(t.escalatedToId()));
            tasks.complete(mine || access.isHead(caller) ? caller : unit(), t.id(), t.version(),
                    mine ? outcome : outcome + " (" + caller.username() + ")");
            done++;
        }
        return done;
    }

    private static Caller unit() {
        return Caller.system(JuvenileAccess.UNIT);
    }
}
