package kz.police.lps.unit.district.internal.firearms;

import java.time.Instant;
import java.time.LocalDate;

import kz.police.lps.core.api.person.Address;

/**
 * A firearm owner with the state of the periodic check: the last counted check, the day by whose end the next one
 * is due and whether it is overdue (BR-29); none once the record is closed (the permit ended, the weapons handed in).
 */
public record FirearmOwner(Long id, Long personId, String permitNumber, PermitKind permitKind, String weapons,
        Address storageAddress, Long precinctId, LocalDate registeredOn, Long departmentId, LocalDate lastCheckedOn,
        LocalDate nextCheckDue, boolean checkOverdue, LocalDate closedOn, String closedReason, String createdBy,
        Instant createdAt, Long version) {
}
