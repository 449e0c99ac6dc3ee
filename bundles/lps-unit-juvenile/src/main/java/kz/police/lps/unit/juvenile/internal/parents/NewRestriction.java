package kz.police.lps.unit.juvenile.internal.parents;

import java.time.LocalDate;

/**
 * A restriction or temporary prohibition of a person's access to or presence in a dwelling or area that threatens a
 * child's life or health (US-J39, L1053-1056).
 *
 * @param personId      the person restricted
 * @param childPersonId the child protected, if known
 * @param place         the dwelling or area
 * @param basis         why: the threat to the child's life or health, and the act it rests on
 * @param issuedOn      the day; today when null
 * @param validUntil    for a temporary prohibition, until when (required for it)
 * @param departmentId  the owning department; the caller's own when null
 */
public record NewRestriction(Long personId, Long childPersonId, RestrictionKind kind, String place, String basis,
        LocalDate issuedOn, LocalDate validUntil, Long departmentId) {
}
