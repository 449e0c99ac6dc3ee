package kz.police.lps.unit.juvenile.internal.prevention;

/**
 * The review of a registration at the review age: removal on a removal ground of the register, or keeping it with a
 * reason.
 */
public record ReviewInput(ReviewDecision decision, String removalGroundCode, String note) {
}
