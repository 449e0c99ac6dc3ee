package kz.police.lps.unit.district.internal.statement;

import java.time.Instant;

/**
 * A monthly statement of work done (атқарылған жұмыс туралы анықтама / справка о проделанной работе, L437-441).
 *
 * @param figures the unit's figures of the month as at submission
 * @param taskId  the month's obligation task it completed, or null
 */
public record WorkStatement(Long id, Long officerId, Long departmentId, String month, String text,
        String submittedTo, StatementFigures figures, Long taskId, String createdBy, Instant createdAt,
        Long version) {
}
