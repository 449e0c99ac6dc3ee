package kz.police.lps.unit.juvenile.internal.prevention;

import java.time.Instant;
import java.time.LocalDate;

/** Copies sent from the accumulation file on request (US-J42, L1447-1449), as read. */
public record FileCopy(Long id, long registrationId, long personId, String requestedBy, String requestRef,
        LocalDate requestedOn, LocalDate sentOn, String documents, Long noticeId, String createdBy,
        Instant createdAt) {
}
