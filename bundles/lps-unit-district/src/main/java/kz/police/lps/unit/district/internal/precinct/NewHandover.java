package kz.police.lps.unit.district.internal.precinct;

import java.time.LocalDate;

/**
 * A takeover to record.
 *
 * @param incomingOfficerId the newly appointed inspector; the caller's own officer when null
 * @param outgoingOfficerId the inspector handing over; by default the precinct's inspector until now
 * @param handedOverOn      today when null
 * @param appointmentOrder  required unless the head already recorded the incoming inspector's assignment
 */
public record NewHandover(Long incomingOfficerId, Long outgoingOfficerId, LocalDate handedOverOn,
        WitnessRole witnessRole, String witnessName, Long witnessOfficerId, OrderRef appointmentOrder,
        String familiarisation, String officialsIntroduced, String notes) {
}
