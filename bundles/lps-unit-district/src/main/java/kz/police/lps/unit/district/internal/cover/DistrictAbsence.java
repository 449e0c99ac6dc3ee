package kz.police.lps.unit.district.internal.cover;

import java.time.LocalDate;

import kz.police.lps.core.api.org.AbsenceKind;

/**
 * An absence of a district officer as the unit sees it (WF-4): its length in the threshold's unit and whether it
 * needs a cover order (longer than the threshold, BR-14) and has one.
 *
 * @param id             the core's absence id
 * @param coverOfficerId the cover the absence names in the core, if any
 * @param workingDays    working days from {@code from} to {@code to}, both inclusive, holidays not counted
 * @param threshold      the threshold in force in the officer's region (norm district.cover.absence-threshold)
 * @param coverOrderRequired longer than the threshold (counted in the norm's unit: working days)
 * @param covered        a cover is named or ordered for it
 */
public record DistrictAbsence(Long id, Long officerId, String officerName, Long departmentId, AbsenceKind kind,
        LocalDate from, LocalDate to, String note, Long coverOfficerId, int workingDays, int threshold,
        boolean coverOrderRequired, boolean covered) {
}
