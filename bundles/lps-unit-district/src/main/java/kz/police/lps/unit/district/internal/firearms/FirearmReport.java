package kz.police.lps.unit.district.internal.firearms;

import java.time.LocalDate;

/**
 * The report on the Order 313 form as sent (L551-558).
 *
 * @param sentOn    the day it was sent; today when null
 * @param recipient to whom: the weapons-control unit (АҚҚАБ) as a rule (inference)
 * @param number    the outgoing number, if any
 */
public record FirearmReport(LocalDate sentOn, String recipient, String number) {
}
