package kz.police.lps.core.api.register;

import java.time.LocalDate;

/**
 * A removal from a register.
 *
 * @param removalGroundCode a removal ground of the registration's register
 * @param removedOn         the day of removal: not in the future, not before the placement; null means today
 * @param removalNote       the basis or a comment, at most 1000 characters
 */
public record Removal(String removalGroundCode, LocalDate removedOn, String removalNote) {
}
