package kz.police.lps.unit.juvenile.internal.organisation;

import java.time.Instant;
import java.time.LocalDate;

/** A precinct handover (domain §4.2) with the passport entry it wrote and the incoming inspector's assignment. */
public record Handover(Long id, long precinctId, long incomingOfficerId, Long outgoingOfficerId, String witnessName,
        WitnessRole witnessRole, LocalDate handedOn, String notes, long assignmentId, Long passportEntryId,
        String passportText, long departmentId, String createdBy, Instant createdAt, Long version) {
}
