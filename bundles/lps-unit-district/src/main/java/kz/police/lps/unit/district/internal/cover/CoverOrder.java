package kz.police.lps.unit.district.internal.cover;

import java.time.Instant;
import java.time.LocalDate;

import kz.police.lps.core.api.org.AbsenceKind;

/**
 * A cover order of the head: while {@code officerId} is away ({@code kind}, {@code from}..{@code to}, both days
 * inclusive) the inspector of an adjacent precinct {@code coverOfficerId} serves the precinct (textbook L369-374).
 *
 * @param absenceId      the recorded absence the order covers, when it was recorded first
 * @param coverAbsenceId the absence with its cover as registered in the core (it re-routes the tasks)
 * @param workingDays    the length of the covered period in working days
 */
public record CoverOrder(Long id, Long officerId, Long absenceId, Long coverAbsenceId, AbsenceKind kind,
        LocalDate from, LocalDate to, int workingDays, Long coverOfficerId, String orderNo, LocalDate orderDate,
        String note, CoverStatus status, LocalDate endedOn, String endedBy, String endReason, Long departmentId,
        String createdBy, Instant createdAt, Long version) {
}
