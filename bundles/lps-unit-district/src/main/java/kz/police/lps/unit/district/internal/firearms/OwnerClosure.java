package kz.police.lps.unit.district.internal.firearms;

import java.time.LocalDate;

/**
 * The end of an owner record: the permit ended or was revoked, the weapons were handed in or sold, the owner moved
 * away or died. No further periodic checks are due.
 *
 * @param closedOn the day; today when null
 */
public record OwnerClosure(LocalDate closedOn, String reason) {
}
