package kz.police.lps.unit.district.internal.reception;

import java.time.Instant;

/**
 * An entry of the citizen reception journal (азаматтарды қабылдау журналы, textbook L626-629).
 *
 * @param pointId           the police point where the visitor was received
 * @param officerId         the receiving inspector or assistant
 * @param visitorPersonId   the visitor in the person registry, or null when not identified
 * @param visitorName       the visitor's name as given, when not identified
 * @param filing            what it was filed as in the applications intake (WF-9), or null
 * @param applicationId     the application registered from it, or null
 * @param applicationNumber that application's registration number
 * @param scheduleId        the approved schedule in force at the point at the time, or null
 * @param outsideSchedule   received outside the reception hours of that schedule (or with none approved): allowed,
 *                          but flagged
 */
public record Reception(Long id, Long pointId, Instant receivedAt, Long officerId, Long visitorPersonId,
        String visitorName, String visitorContact, String visitorAddress, String subject, String actionTaken,
        String referredTo, ReceptionFiling filing, Long applicationId, String applicationNumber, Long scheduleId,
        boolean outsideSchedule, String createdBy, Instant createdAt, Long version) {
}
