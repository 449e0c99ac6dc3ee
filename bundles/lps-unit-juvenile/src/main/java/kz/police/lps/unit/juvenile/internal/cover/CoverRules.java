package kz.police.lps.unit.juvenile.internal.cover;

import java.util.Collection;
import java.util.Set;

import kz.police.lps.core.api.org.Absence;

/**
 * N-J4 / BR-J06 (L877-881): a juvenile inspector away MORE than the threshold (norm
 * {@code juvenile.cover.absence-threshold}, 30 working days) needs the head's order naming the inspector of an
 * adjacent precinct; a shorter absence needs none (it may have one).
 */
public final class CoverRules {

    private CoverRules() {
    }

    /** "More than 30 working days": strictly more than the threshold. */
    public static boolean orderRequired(int workingDays, int threshold) {
        return workingDays > threshold;
    }

    /**
     * Whether an absence has its cover: it names one, a cover order refers to it, or another absence of the officer
     * with a cover spans it (what a cover order registers).
     */
    public static boolean covered(Absence absence, Collection<Absence> officersAbsences, Set<Long> ordered) {
        if (absence.coverOfficerId() != null || ordered.contains(absence.id())) {
            return true;
        }
        return officersAbsences.stream().anyMatch(o -> o.coverOfficerId() != null
                && !o.from().isAfter(absence.from()) && !o.to().isBefore(absence.to()));
    }

    /** Whether two periods (both days inclusive) share a day. */
    public static boolean overlap(java.time.LocalDate fromA, java.time.LocalDate toA, java.time.LocalDate fromB,
            java.time.LocalDate toB) {
        return !fromA.isAfter(toB) && !fromB.isAfter(toA);
    }

    /**
     * Adjacency of precincts from the core's organisation tree (as the district unit's default): the same precinct
     * (a school's adjacent precinct held by another inspector) or two precincts under the same parent node.
     */
    public static boolean adjacent(long a, Long parentA, long b, Long parentB) {
        return a == b || parentA != null && parentA.equals(parentB);
    }
}
