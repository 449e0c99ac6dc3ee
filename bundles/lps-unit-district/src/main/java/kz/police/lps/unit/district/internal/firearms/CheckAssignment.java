package kz.police.lps.unit.district.internal.firearms;

import java.time.Instant;
import java.time.LocalDate;

/** An assigned check of a firearm owner; its task ({@code taskId}) is done when the check is recorded. */
public record CheckAssignment(Long id, Long ownerId, String assignedBy, LocalDate assignedOn, LocalDate deadline,
        String note, Long taskId, Long checkId, String createdBy, Instant createdAt) {
}
