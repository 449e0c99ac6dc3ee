package kz.police.lps.unit.juvenile.internal.statement;

import java.time.Instant;
import java.util.List;

/**
 * The head's generalisation of a month's statements into a unit summary (US-J13, L905-906): the submitted statements
 * of the month under the department, their figures summed.
 */
public record StatementSummary(Long id, Long departmentId, String month, int statements, List<Long> statementIds,
        List<Figure> figures, String note, String createdBy, Instant createdAt, Long version) {
}
