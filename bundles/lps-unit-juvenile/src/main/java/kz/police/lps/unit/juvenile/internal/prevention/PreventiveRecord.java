package kz.police.lps.unit.juvenile.internal.prevention;

import java.time.Instant;
import java.time.LocalDate;

/** An entry of preventive work or a living-conditions inspection act, as read. */
public record PreventiveRecord(Long id, long registrationId, long personId, RecordKind kind, LocalDate recordDate,
        String address, String participants, String findings, String recommendations, Long officerId,
        String createdBy, Instant createdAt) {
}
