package kz.police.lps.unit.district.internal.firearms;

import java.time.LocalDate;

/**
 * A check assigned by an officer of the weapons-control unit (АҚҚАБ, L541-548).
 *
 * @param assignedBy the assigning officer (name, position)
 * @param assignedOn the day of the assignment; today when null
 * @param deadline   the term the assignment sets; when null, {@code district.weapon-owner.assigned-check-deadline}
 *                   calendar days from the assignment (configurable: the textbook gives none)
 */
public record NewCheckAssignment(String assignedBy, LocalDate assignedOn, LocalDate deadline, String note) {
}
