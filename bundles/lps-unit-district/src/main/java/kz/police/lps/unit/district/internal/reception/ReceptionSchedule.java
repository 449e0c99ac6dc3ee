package kz.police.lps.unit.district.internal.reception;

import java.time.Instant;
import java.util.List;

/**
 * A police point's reception schedule, as its plate shows it (textbook L395-400): the reception days and hours, the
 * point's operating hours, its phone and the city/district duty unit's phone. Approved by the head of the
 * city/district body (L629-630); one approved schedule is in force per point.
 *
 * @param pointId        the police point (organisation node of kind POLICE_POINT)
 * @param supersededById the schedule approved after it, once superseded
 */
public record ReceptionSchedule(Long id, Long pointId, ScheduleStatus status, List<ReceptionSlot> receptionHours,
        List<ReceptionSlot> operatingHours, String pointPhone, String dutyUnitPhone, String note, String approvedBy,
        Instant approvedAt, Instant supersededAt, Long supersededById, String createdBy, Instant createdAt,
        Long version) {
}
