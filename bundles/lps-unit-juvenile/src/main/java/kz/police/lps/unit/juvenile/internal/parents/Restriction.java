package kz.police.lps.unit.juvenile.internal.parents;

import java.time.Instant;
import java.time.LocalDate;

/** A restriction or temporary prohibition of access (US-J39), as read; {@code inForce} on the day it is read. */
public record Restriction(Long id, long personId, Long childPersonId, RestrictionKind kind, String place, String basis,
        LocalDate issuedOn, LocalDate validUntil, boolean inForce, Long officerId, long departmentId,
        String createdBy, Instant createdAt) {
}
