package kz.police.lps.unit.juvenile.internal.outreach;

import java.time.Instant;
import java.time.LocalDate;

/** A meeting with the population (L924-928) or a media engagement (L1063-1064) of a juvenile inspector. */
public record Outreach(Long id, Long officerId, Long departmentId, OutreachKind kind, LocalDate heldOn, String venue,
        String topic, String participants, Integer audience, String createdBy, Instant createdAt, Long version) {
}
