package kz.police.lps.core.api.register;

import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * A ground for placing a person on a register or removing them from it.
 *
 * @param code         stable code prefixed with the unit id: {@code district.preventive.protective-order}
 * @param registerId   the register it belongs to
 * @param actCode      the act it comes from, or null for a configurable ground
 * @param lines        the textbook lines, e.g. {@code L663}
 * @param configurable whether the texts are silent on it (they give no removal grounds at all)
 * @param checkNorm    for a placement ground: the key of the periodicity norm of the planned checks of persons
 *                     placed on it ({@code PER_MONTH}, {@code PER_QUARTER}, ...), or null for no planned checks
 */
public record RegisterGround(String code, String registerId, String unitId, GroundKind kind, LocalizedText name,
        String actCode, String lines, boolean configurable, String checkNorm) {
}
