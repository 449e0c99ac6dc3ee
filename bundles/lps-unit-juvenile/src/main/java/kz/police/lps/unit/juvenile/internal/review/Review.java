package kz.police.lps.unit.juvenile.internal.review;

import java.time.Instant;
import java.time.LocalDate;

/** A review of the juvenile affairs unit's results (N-J9, L1100-1102) and the periodic task it completed. */
public record Review(Long id, Long unitId, ReviewLevel level, String period, LocalDate reviewedOn,
        String reviewerName, String reviewerPosition, String findings, String decisions, Long taskId,
        String createdBy, Instant createdAt, Long version) {
}
