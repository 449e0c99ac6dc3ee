package kz.police.lps.unit.juvenile.internal.organisation;

import java.time.Instant;

/**
 * A juvenile affairs unit's organisation (domain §4.4, US-J07, US-J08).
 *
 * @param inspectors      the unit's officers on duty (N-J6 counts them)
 * @param seniorExempt    no head post and more inspectors than the norm: the senior inspector holds no precinct
 */
public record Organisation(long unitNodeId, String unitCode, boolean headPost, Long headOfficerId,
        Long seniorOfficerId, int inspectors, int seniorUnassignedAbove, boolean seniorExempt, String premisesAddress,
        boolean premisesPhone, boolean premisesRadio, PremisesLocation premisesLocation, String updatedBy,
        Instant updatedAt, Long version) {
}
