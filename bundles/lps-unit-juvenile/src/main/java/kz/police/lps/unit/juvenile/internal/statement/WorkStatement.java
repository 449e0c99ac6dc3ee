package kz.police.lps.unit.juvenile.internal.statement;

import java.time.Instant;
import java.util.List;

/**
 * A monthly statement of work done (атқарылған жұмыс туралы анықтама, N-J8, L902-906) of a juvenile inspector or
 * school inspector.
 *
 * @param figures  counted from recorded activity (every activity counter), as at the last count (draft, submission)
 * @param dueAt    the end of the due day (the 1st of the next month, norm {@code juvenile.work-statement.due-day})
 * @param overdue  submitted after {@code dueAt}, or not yet submitted and {@code dueAt} has passed
 * @param summaryId the head's generalisation it went into, once generalised
 * @param taskId   the month's obligation task its submission completed, or null
 */
public record WorkStatement(Long id, Long officerId, Long departmentId, String month, StatementStatus status,
        String text, List<Figure> figures, Instant dueAt, boolean overdue, Instant submittedAt, Long summaryId,
        Long taskId, String createdBy, Instant createdAt, Long version) {
}
