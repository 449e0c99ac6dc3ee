package kz.police.lps.unit.juvenile.internal.placement;

import java.time.Instant;

/**
 * A placement resolution to issue (US-J30): the minor, one of the 4 categories, the centre, and why the minor cannot
 * be handed to the parents or legal representatives (BR-J24). {@code placedAt} defaults to now.
 */
public record NewPlacement(Long officerId, Long personId, CentreCategory category, String centreName,
        String handoverImpossibleReason, Instant placedAt) {
}
