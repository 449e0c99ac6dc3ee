package kz.police.lps.unit.juvenile.internal.inbound;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An inbound notice as read: its deadline ({@code dueAt}, counted from the event by the norm of its kind with the core
 * calendar, or 20 calendar days before the release), whether it came late and by how much ({@code lateHours} for the
 * 72-hour notices, {@code lateDays} for the pre-release notice), and the task it gave (pre-release: prepare the
 * registration in category 5 and preventive work).
 */
public record InboundNotice(Long id, NoticeKind kind, long personId, Long registrationId, String sender,
        String senderRef, Instant eventAt, LocalDate releaseOn, Instant receivedAt, Instant dueAt, boolean late,
        long lateHours, long lateDays, SuspectReason suspectReason, String fabula, String qualification,
        String preventiveMeasure, LocalDate sentToProsecutorOn, String characterisation, String note, Long taskId,
        long departmentId, String createdBy, Instant createdAt) {
}
