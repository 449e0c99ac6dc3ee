package kz.police.lps.unit.district.internal.cover;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Set;

import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormUnit;
import kz.police.lps.core.api.org.Absence;

/**
 * BR-14 (textbook L369-374): an inspector away longer than the threshold (norm
 * {@code district.cover.absence-threshold}, 5 working days) needs a cover order of the head naming the inspector of
 * an adjacent precinct; a shorter absence may have one. Working days are the region's calendar's, so a public holiday
 * inside the absence does not count.
 */
final class CoverRules {

    private CoverRules() {
    }

    /** The absence's length, both days inclusive, in the threshold's unit (working or calendar days). */
    static int length(WorkingCalendar calendar, LocalDate from, LocalDate to, NormUnit unit) {
        return switch (unit) {
            case WORKING_DAYS -> calendar.workingDaysBetween(from, to);
            case CALENDAR_DAYS -> (int) ChronoUnit.DAYS.between(from, to) + 1;
            default -> throw new IllegalArgumentException("not a length of days: " + unit);
        };
    }

    /** "Longer than 5 working days": strictly more than the threshold. */
    static boolean orderRequired(int length, Norm threshold) {
        return length > threshold.intValue();
    }

    /**
     * Whether an absence has its cover: it names a cover itself, a cover order of the unit refers to it, or another
     * absence of the same officer with a cover spans it (a cover order registers one).
     */
    static boolean covered(Absence absence, Collection<Absence> officersAbsences, Set<Long> orderedAbsenceIds) {
        if (absence.coverOfficerId() != null || orderedAbsenceIds.contains(absence.id())) {
            return true;
        }
        return officersAbsences.stream().anyMatch(other -> other.coverOfficerId() != null
                && !other.from().isAfter(absence.from()) && !other.to().isBefore(absence.to()));
    }

    /** Whether two periods (both days inclusive) share a day. */
    static boolean overlap(LocalDate fromA, LocalDate toA, LocalDate fromB, LocalDate toB) {
        return !fromA.isAfter(toB) && !fromB.isAfter(toA);
    }
}
