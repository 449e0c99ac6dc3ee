package kz.police.lps.unit.juvenile.internal.reception;

import java.time.Instant;

/**
 * An entry of the journal of citizen receptions (L946-949; Order 1098 form).
 *
 * @param scheduleId the schedule in force when the visitor was received, or null when none was approved
 */
public record Reception(Long id, Long officerId, Long departmentId, Instant receivedAt, Long visitorPersonId,
        String visitorName, String visitorContact, String subject, String actionTaken, ReceptionFiling filing,
        Long applicationId, String applicationNumber, Long scheduleId, String createdBy, Instant createdAt,
        Long version) {
}
