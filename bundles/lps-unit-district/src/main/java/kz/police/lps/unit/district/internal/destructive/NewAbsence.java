package kz.police.lps.unit.district.internal.destructive;

import java.time.Instant;

/**
 * A follower found absent from the residence and the immediate notification of the duty officers (BR-32,
 * L598-603): the operational control centre's duty officer and the duty unit's operational officer (senior
 * inspector), by phone, fax or other means.
 *
 * @param foundAbsentAt        when the absence was established: the written report is due 24 hours later
 * @param notifiedAt           when the duty officers were told
 * @param controlCentreOfficer the duty officer of the operational control centre told (name)
 * @param dutyUnitOfficer      the operational officer of the duty unit told (name)
 * @param channelDetails       the means of communication, required for {@link NotificationChannel#OTHER}
 */
public record NewAbsence(Instant foundAbsentAt, Instant notifiedAt, String controlCentreOfficer,
        String dutyUnitOfficer, NotificationChannel channel, String channelDetails, Long pointId, Long officerId) {
}
