package kz.police.lps.core.api.org;

import java.time.LocalDate;

/**
 * An officer's absence, both days inclusive. While it lasts, the officer's open tasks go to the covering officer
 * (for a district police inspector away more than 5 working days, the inspector of an adjacent precinct serves the
 * precinct by the head's order, textbook L369-374).
 *
 * @param coverOfficerId the officer who covers, or null when none is named (the tasks then stay and escalate)
 */
public record Absence(Long id, Long officerId, AbsenceKind kind, LocalDate from, LocalDate to, String note,
        Long coverOfficerId) {
}
