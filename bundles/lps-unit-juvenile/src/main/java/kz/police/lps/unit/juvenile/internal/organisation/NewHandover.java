package kz.police.lps.unit.juvenile.internal.organisation;

import java.time.LocalDate;

/**
 * A handover to record: the precinct, the incoming inspector and the order assigning them, the witness (the ЖПҚ head or
 * deputy, L801-804). {@code handedOn} defaults to today.
 */
public record NewHandover(Long precinctId, Long incomingOfficerId, String witnessName, WitnessRole witnessRole,
        LocalDate handedOn, String orderNo, LocalDate orderDate, String issuedBy, String officeLocation,
        String notes) {
}
