package kz.police.lps.unit.juvenile.internal.reception;

import java.time.Instant;
import java.time.LocalDate;

/** A juvenile inspector's citizen reception schedule (L945-946), approved by the head; one in force per officer. */
public record ReceptionSchedule(Long id, Long officerId, Long departmentId, String hours, String place,
        LocalDate validFrom, ScheduleStatus status, String approvedBy, Instant approvedAt, String createdBy,
        Instant createdAt, Long version) {
}
