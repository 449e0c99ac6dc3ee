package kz.police.lps.unit.district.internal.destructive;

import java.time.Instant;

/**
 * An absence from the residence: the immediate notification, the task for the written report due 24 hours after
 * the absence was established ({@code taskId}, {@code reportDueAt}) and, once handed in, the report (BR-32).
 */
public record AbsenceEvent(Long id, Long registrationId, Long personId, Instant foundAbsentAt, Instant notifiedAt,
        String controlCentreOfficer, String dutyUnitOfficer, NotificationChannel channel, String channelDetails,
        Long officerId, Long pointId, Long taskId, Instant reportDueAt, Instant reportedAt, String reportHead,
        String reportText, String reportedBy, Long departmentId, String createdBy, Instant createdAt, Long version) {
}
