package kz.police.lps.unit.juvenile.internal.transport;

import java.time.Instant;

import kz.police.lps.unit.juvenile.internal.delivery.DeliveryOutcome;

/**
 * What a transport inspector records (US-J50, US-J51): a runaway child found on a transport facility and what became
 * of the child ({@code childOutcome}, and the placement when placed), or a minor's offence on a transport facility;
 * the JAU at the place of residence to notify.
 */
public record NewTransportNotice(Long officerId, Long personId, TransportNoticeKind kind, String facility,
        Instant occurredAt, String description, DeliveryOutcome childOutcome, Long placementId,
        String recipientUnit) {
}
