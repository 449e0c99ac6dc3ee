package kz.police.lps.unit.juvenile.internal.transport;

import java.time.Instant;
import java.time.LocalDate;

import kz.police.lps.unit.juvenile.internal.delivery.DeliveryOutcome;

/** A transport inspector's notice to the JAU at the minor's place of residence, as the API shows it. */
public record TransportNotice(Long id, Long departmentId, Long officerId, Long personId, TransportNoticeKind kind,
        String facility, Instant occurredAt, String description, DeliveryOutcome childOutcome, Long placementId,
        String recipientUnit, Long taskId, Instant dueAt, String outgoingNumber, LocalDate sentOn, boolean sent,
        String createdBy, Instant createdAt, Long version) {
}
