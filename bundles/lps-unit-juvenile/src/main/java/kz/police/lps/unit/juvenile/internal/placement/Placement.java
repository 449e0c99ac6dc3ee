package kz.police.lps.unit.juvenile.internal.placement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A resolution placing a minor in the adaptation centre, as the API shows it ({@code leftOn}/{@code leftTo}: not from
 * the textbook).
 */
public record Placement(Long id, String resolutionNumber, Long departmentId, Long officerId, Long personId,
        Long deliveryId, CentreCategory category, Instant placedAt, String centreName,
        String handoverImpossibleReason, int ageYears, PlacementStatus status, LocalDate leftOn, String leftTo,
        String leftNote, boolean releaseNotFromTextbook, String createdBy, Instant createdAt, Long version) {
}
