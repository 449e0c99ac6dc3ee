package kz.police.lps.unit.district.internal.prevention;

import java.util.List;
import java.util.function.Predicate;

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
import kz.police.lps.unit.district.internal.DistrictAccess;

/**
 * Tasks of the prevention areas that the caller's own rights in the core's task engine do not always cover: a task
 * the unit gives to an officer other than the caller (the inspector of the owner's precinct, the officer responsible
 * for a registration), and the completion of one occurrence of a recurring obligation (a 10-day window, a year) among
 * the subject's open ones. The caller has been authorised by {@link DistrictAccess} before; the task is created or
 * completed as the caller when the engine lets them (their own task, the unit's head, {@code lps-admin}), else as
 * the unit, with the caller named in the outcome. Runs inside the caller's transaction.
 */
@Component(service = OccurrenceTasks.class)
public class OccurrenceTasks {

    private final TaskService tasks;
    private final DistrictAccess access;

    @Activate
    public OccurrenceTasks(@Reference TaskService tasks, @Reference DistrictAccess access) {
        this.tasks = tasks;
        this.access = access;
    }

    /** Creates the task as the caller when it is their own or they head the unit, else as the unit. */
    public Task create(Caller caller, NewTask task) {
        boolean own = task.assigneeId() != null && access.officerIdOf(caller).map(task.assigneeId()::equals)
                .orElse(false);
        return tasks.create(own || access.isHead(caller) ? caller : unit(), task);
    }

    /**
     * Completes the open tasks of a kind about a subject whose occurrence (the last {@code :}-segment of the origin
     * key) passes the filter; returns how many.
     */
    public int complete(Caller caller, String kind, String subjectType, Object subjectId,
            Predicate<String> occurrence, String outcome) {
        List<Task> open = tasks.search(unit(), new TaskQuery(null, TaskStatus.OPEN, null, null, null,
                DistrictAccess.UNIT, kind, subjectType, String.valueOf(subjectId), null),
                PageRequest.first(PageRequest.MAX_LIMIT)).items();
        Long me = access.officerIdOf(caller).orElse(null);
        int done = 0;
        for (Task t : open) {
            String key = t.originKey();
            if (key == null || !occurrence.test(key.substring(key.lastIndexOf(':') + 1))) {
                continue;
            }
            boolean mine = me != null && (me.equals(t.assigneeId()) || me.equals(t.escalatedToId()));
            tasks.complete(mine || access.isHead(caller) ? caller : unit(), t.id(), t.version(),
                    mine ? outcome : outcome + " (" + caller.username() + ")");
            done++;
        }
        return done;
    }

    /**
     * Cancels the open tasks of a kind about a subject whose record ended (a closed owner record), as the unit: the
     * engine lets only heads cancel, and the caller was authorised for the record's end.
     */
    public int cancel(String kind, String subjectType, Object subjectId, String reason) {
        List<Task> open = tasks.search(unit(), new TaskQuery(null, TaskStatus.OPEN, null, null, null,
                DistrictAccess.UNIT, kind, subjectType, String.valueOf(subjectId), null),
                PageRequest.first(PageRequest.MAX_LIMIT)).items();
        open.forEach(t -> tasks.cancel(unit(), t.id(), t.version(), reason));
        return open.size();
    }

    private static Caller unit() {
        return Caller.system(DistrictAccess.UNIT);
    }
}
