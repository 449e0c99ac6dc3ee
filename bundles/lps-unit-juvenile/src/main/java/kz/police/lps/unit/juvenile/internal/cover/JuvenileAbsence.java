package kz.police.lps.unit.juvenile.internal.cover;

import java.time.LocalDate;

import kz.police.lps.core.api.org.AbsenceKind;

/**
 * An absence of a juvenile officer as the unit sees it (WF-J3): its length in working days (the region's calendar,
 * holidays not counted) and whether it needs a cover order (longer than the threshold, N-J4) and has one.
 */
public record JuvenileAbsence(Long id, long officerId, String officerName, Long departmentId, AbsenceKind kind,
        LocalDate from, LocalDate to, String note, Long coverOfficerId, int workingDays, int threshold,
        boolean coverOrderRequired, boolean covered) {
}
