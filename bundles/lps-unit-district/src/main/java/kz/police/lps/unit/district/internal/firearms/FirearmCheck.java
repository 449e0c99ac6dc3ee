package kz.police.lps.unit.district.internal.firearms;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A check of a firearm owner with its report on the Order 313 form: due within 5 working days ({@code reportDueAt},
 * the task {@code reportTaskId}), sent on {@code reportSentOn} to {@code reportRecipient} (BR-30, L551-558).
 */
public record FirearmCheck(Long id, Long ownerId, Long personId, LocalDate checkedOn, CheckTrigger trigger,
        Long assignmentId, boolean duringOperationalMeasures, boolean violationsFound, String violations,
        String materials, Long officerId, Long reportTaskId, Instant reportDueAt, LocalDate reportSentOn,
        String reportRecipient, String reportNumber, String reportedBy, String createdBy, Instant createdAt,
        Long version) {
}
