package kz.police.lps.core.api.register;

import java.time.LocalDate;

/**
 * A check of a person on a register to record.
 *
 * @param checkedOn the day of the check: not in the future, not before the placement; null means today
 * @param officerId the officer who checked; null means the caller's own officer record
 * @param note      what was found, at most 1000 characters
 */
public record NewCheck(LocalDate checkedOn, CheckMethod method, CheckResult result, Long officerId, String note) {
}
