package kz.police.lps.core.api.task;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;

/**
 * Tasks with deadlines. Who may see a task: its assignee, its original assignee, the head it was escalated to, and
 * anyone holding a role of the owning unit (or {@code lps-admin}) whose data scope covers the owning department.
 * Every write is audited in its own transaction.
 */
public interface TaskService {

    /** Fields a task list may be sorted by. */
    Set<String> SORTABLE = Set.of("dueAt", "createdAt", "id", "status", "kind");

    /** Creates a task; the due instant from the norm when one is named. Audited. */
    Task create(Caller caller, NewTask task);

    /**
     * Creates, in one transaction per batch, the tasks whose origin key has not been used before; returns how many
     * were created. For the platform's schedulers and units' bulk workflows; each batch leaves one audit row.
     */
    int createMissing(Caller caller, List<NewTask> tasks);

    Task get(Caller caller, long id);

    Page<Task> search(Caller caller, TaskQuery query, PageRequest page);

    /** Marks an open task done with its outcome (the assignee, the head, or the unit's inspectors in scope). */
    Task complete(Caller caller, long id, Long expectedVersion, String outcome);

    /** Cancels an open task with a reason (the unit's head in scope). */
    Task cancel(Caller caller, long id, Long expectedVersion, String reason);

    /** Gives an open task to another officer (the unit's head in scope); the first assignee is kept. */
    Task reassign(Caller caller, long id, Long expectedVersion, long officerId, String reason);

    /** Completes the open tasks of a kind about a subject, e.g. when an application is decided; returns how many. */
    int completeAll(Caller caller, String kind, String subjectType, String subjectId, String outcome);

    /**
     * Cancels every open task about a subject that is gone (a registration removed from its register, say), of
     * whatever unit and kind, with the reason; the platform's bookkeeping, so {@code lps-admin} or the system only.
     */
    int cancelAll(Caller caller, String subjectType, String subjectId, String reason);

    /**
     * One run of the scheduler: creates the recurring sources' tasks for the day, re-routes the open tasks of absent
     * officers to their cover, and escalates the overdue ones to the head. Runs on its own every few minutes (the
     * period is in {@code kz.police.lps.tasks.cfg}); admins may run it from the shell.
     */
    SweepResult sweep(Instant now);

    /** What a scheduler run did. */
    record SweepResult(int created, int rerouted, int escalated, long millis) {
    }

    /** Page helper for the common "my open tasks" view. */
    default Page<Task> openTasksOf(Caller caller, long officerId, PageRequest page) {
        return search(caller, TaskQuery.openOf(officerId), page);
    }
}
