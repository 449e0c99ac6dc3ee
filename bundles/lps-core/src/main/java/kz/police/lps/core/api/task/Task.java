package kz.police.lps.core.api.task;

import java.time.Instant;

/**
 * A task: what an officer must do about a subject by when.
 *
 * @param id             the task's id
 * @param unitId         the owning unit ({@code core} for the core's own tasks)
 * @param kind           what kind of task, prefixed with the unit id: {@code district.firearm-check.report}
 * @param title          what is to be done, in the words of whoever created it
 * @param subjectType    the kind of record the task is about ({@code person}, {@code registration}, ...), or null
 * @param subjectId      that record's id, or null
 * @param departmentId   the owning department (organisation node): decides who may see the task
 * @param assigneeId     the officer who must do it now (the covering officer while the original one is away)
 * @param originalAssigneeId the officer it was given to, when re-routed; else null
 * @param normKey        the norm the due instant comes from, or null when the creator gave the instant
 * @param dueAt          when it must be done
 * @param status         where it stands
 * @param escalatedAt    when it was escalated as overdue, or null
 * @param escalatedToId  the head it was escalated to, or null (no head found: it shows to every head in scope)
 * @param createdAt      when it was created
 * @param createdBy      who created it ({@code system} for schedules)
 * @param completedAt    when it was completed or cancelled
 * @param completedBy    who completed or cancelled it
 * @param outcome        the outcome or the reason for cancelling
 * @param originKey      the key a recurring source gave it, so a schedule never creates it twice; or null
 * @param version        for If-Match
 */
public record Task(Long id, String unitId, String kind, String title, String subjectType, String subjectId,
        Long departmentId, Long assigneeId, Long originalAssigneeId, String normKey, Instant dueAt, TaskStatus status,
        Instant escalatedAt, Long escalatedToId, Instant createdAt, String createdBy, Instant completedAt,
        String completedBy, String outcome, String originKey, Long version) {

    /** Open and past its due instant. */
    public boolean overdue(Instant now) {
        return status == TaskStatus.OPEN && dueAt.isBefore(now);
    }
}
