package kz.police.lps.unit.district.internal.precinct;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A precinct handover (WF-3, L335-349).
 *
 * @param outgoingOfficerId the inspector handing over, if there was one
 * @param witnessRole       the deputy head of the body or the ЖПҚ head present (BR-13)
 * @param appointmentOrder  the head's order assigning the incoming inspector (L323-326)
 * @param familiarisation   what the inspector was familiarised with: boundaries, features, operational situation
 *                          (L340-342)
 * @param officialsIntroduced the officials of local administration and heads of organisations the inspector was
 *                          introduced to (L343-346)
 * @param passportEntryId   the passport entry the handover wrote (L348-349)
 */
public record Handover(Long id, Long precinctId, LocalDate handedOverOn, Long incomingOfficerId,
        Long outgoingOfficerId, WitnessRole witnessRole, String witnessName, Long witnessOfficerId,
        OrderRef appointmentOrder, String familiarisation, String officialsIntroduced, String notes,
        Long passportEntryId, String createdBy, Instant createdAt) {
}
