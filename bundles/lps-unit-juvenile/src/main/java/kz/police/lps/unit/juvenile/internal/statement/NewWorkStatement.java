package kz.police.lps.unit.juvenile.internal.statement;

/**
 * A monthly statement to draft; its figures are counted from recorded activity.
 *
 * @param officerId the officer whose statement it is; the caller's own when null (heads may name any)
 * @param month     {@code 2026-11}; a month that has not begun takes none
 */
public record NewWorkStatement(Long officerId, String month, String text) {
}
