package kz.police.lps.core.api.task;

/**
 * Filters for {@link TaskService#search}; null means any.
 *
 * @param assigneeId   tasks of this officer (now assigned to them)
 * @param status       in this status
 * @param overdue      true: open and past due; false: not overdue
 * @param escalated    true: escalated; false: not escalated
 * @param escalatedToId escalated to this head
 * @param unitId       of this unit
 * @param kind         of this kind
 * @param subjectType  about records of this type
 * @param subjectId    about this record (with subjectType)
 * @param departmentId owned by this department or a node under it
 */
public record TaskQuery(Long assigneeId, TaskStatus status, Boolean overdue, Boolean escalated, Long escalatedToId,
        String unitId, String kind, String subjectType, String subjectId, Long departmentId) {

    public static TaskQuery any() {
        return new TaskQuery(null, null, null, null, null, null, null, null, null, null);
    }

    public static TaskQuery openOf(long assigneeId) {
        return new TaskQuery(assigneeId, TaskStatus.OPEN, null, null, null, null, null, null, null, null);
    }

    public static TaskQuery aboutSubject(String subjectType, String subjectId) {
        return new TaskQuery(null, null, null, null, null, null, null, subjectType, subjectId, null);
    }
}
