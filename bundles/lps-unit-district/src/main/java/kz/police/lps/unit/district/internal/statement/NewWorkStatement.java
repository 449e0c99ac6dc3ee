package kz.police.lps.unit.district.internal.statement;

/**
 * A monthly statement of work done to submit; the figures are the unit's, computed at submission.
 *
 * @param officerId   the officer whose statement it is; the caller's own when null
 * @param month       the month ({@code 2026-11}); its kind is the norm's ({@code district.work-statement.periodicity})
 * @param text        the statement
 * @param submittedTo the ЖПҚ head, deputy or the inspector for management of DPI activity it goes to (L439-441)
 */
public record NewWorkStatement(Long officerId, String month, String text, String submittedTo) {
}
