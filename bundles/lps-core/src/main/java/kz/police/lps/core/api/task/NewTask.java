package kz.police.lps.core.api.task;

import java.time.Instant;
import java.util.Objects;

/**
 * A task to create. The due instant is either given ({@link #dueAt}) or computed from a norm: the norm's value as in
 * force in the department's region, counted from {@link #event} by the working-day calendar (e.g. the firearm-check
 * report: 5 working days after the check, textbook L551-558).
 *
 * @param unitId       the owning unit
 * @param kind         {@code <unit>.<name>}
 * @param title        what is to be done (at most 500 characters)
 * @param subjectType  the kind of record it is about, or null
 * @param subjectId    that record's id, or null
 * @param departmentId the owning department
 * @param assigneeId   the officer, or null for the department's head to assign
 * @param normKey      the deadline norm (a duration: working/calendar days, hours, minutes), or null
 * @param event        what the norm counts from; null means now
 * @param dueAt        the due instant when no norm applies
 * @param originKey    for recurring sources: a key unique to this occurrence (see {@link TaskSource}), else null
 */
public record NewTask(String unitId, String kind, String title, String subjectType, String subjectId,
        Long departmentId, Long assigneeId, String normKey, Instant event, Instant dueAt, String originKey) {

    /** A task whose deadline a norm sets, counted from the event. */
    public static NewTask byNorm(String unitId, String kind, String title, String subjectType, Object subjectId,
            Long departmentId, Long assigneeId, String normKey, Instant event) {
        return new NewTask(unitId, kind, title, subjectType, subjectId == null ? null : subjectId.toString(),
                departmentId, assigneeId, Objects.requireNonNull(normKey, "normKey"), event, null, null);
    }

    /** A task due at a given instant (e.g. the Nth day of the month after a reporting period). */
    public static NewTask dueAt(String unitId, String kind, String title, String subjectType, Object subjectId,
            Long departmentId, Long assigneeId, Instant dueAt) {
        return new NewTask(unitId, kind, title, subjectType, subjectId == null ? null : subjectId.toString(),
                departmentId, assigneeId, null, null, Objects.requireNonNull(dueAt, "dueAt"), null);
    }

    /** The same task with the key that makes it unique among a recurring source's occurrences. */
    public NewTask withOriginKey(String key) {
        return new NewTask(unitId, kind, title, subjectType, subjectId, departmentId, assigneeId, normKey, event,
                dueAt, key);
    }
}
