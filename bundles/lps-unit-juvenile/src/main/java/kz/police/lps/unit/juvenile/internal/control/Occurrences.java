package kz.police.lps.unit.juvenile.internal.control;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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
import kz.police.lps.unit.juvenile.internal.JuvenileUnit;

/**
 * Completes one occurrence of a recurring obligation (a month's statement, a month's or quarter's review, a quarter's
 * inspection) when the record that fulfils it is written, found by kind, subject and origin key. When the scheduler
 * has not created the occurrence yet, it is created first as the recurring source would (idempotent by origin key),
 * so the scheduler later finds it done instead of opening it. The bookkeeping is the platform's: the caller was
 * already allowed to write the record, and the outcome names them.
 */
@Component(service = Occurrences.class)
public class Occurrences {

    private static final Caller SYSTEM = Caller.system(JuvenileUnit.ID);

    private final TaskService tasks;

    @Activate
    public Occurrences(@Reference TaskService tasks) {
        this.tasks = tasks;
    }

    /** The completed task's id; empty when it was done already or no occurrence is due. */
    public Optional<Long> complete(Caller caller, String kind, String subjectType, Object subjectId,
            String originKey, Supplier<Optional<NewTask>> occurrence, String outcome) {
        Optional<Task> found = find(kind, subjectType, String.valueOf(subjectId), originKey);
        if (found.isEmpty()) {
            Optional<NewTask> due = occurrence.get().filter(t -> originKey.equals(t.originKey()));
            if (due.isEmpty()) {
                return Optional.empty();
            }
            tasks.createMissing(SYSTEM, List.of(due.get()));
            found = find(kind, subjectType, String.valueOf(subjectId), originKey);
        }
        if (found.isEmpty() || found.get().status() != TaskStatus.OPEN) {
            return Optional.empty();
        }
        Task t = found.get();
        tasks.complete(SYSTEM, t.id(), t.version(), outcome + " (" + caller.username() + ")");
        return Optional.of(t.id());
    }

    /** The occurrence with this origin key, in any status. */
    public Optional<Task> find(String kind, String subjectType, String subjectId, String originKey) {
        return tasks.search(SYSTEM, new TaskQuery(null, null, null, null, null, JuvenileUnit.ID, kind, subjectType,
                subjectId, null), PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .filter(t -> originKey.equals(t.originKey())).findFirst();
    }
}
