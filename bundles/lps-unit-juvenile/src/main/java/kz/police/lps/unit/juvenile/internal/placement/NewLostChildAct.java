package kz.police.lps.unit.juvenile.internal.placement;

import java.time.Instant;

/**
 * A lost or abandoned child's delivery act to draw up (US-J31, L1319-1334): the child (a person, or a description
 * when the identity is unknown), where and when found, the receiving organisation of copy 2, and the placement if
 * the child was placed in the centre. The 3 copies and their destinations are fixed, not chosen.
 */
public record NewLostChildAct(Long officerId, Long personId, String childDescription, Instant foundAt,
        String foundPlace, String receivingOrganisation, Long placementId) {
}
