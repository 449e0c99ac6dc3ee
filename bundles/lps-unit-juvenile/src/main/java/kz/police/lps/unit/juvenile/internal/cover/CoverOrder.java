package kz.police.lps.unit.juvenile.internal.cover;

import java.time.Instant;
import java.time.LocalDate;

import kz.police.lps.core.api.org.AbsenceKind;

/**
 * A cover order: while {@code officerId} is away the juvenile inspector of an adjacent precinct {@code coverOfficerId}
 * serves the precinct or school (L877-881).
 *
 * @param absenceId      the recorded absence the order covers, when it was recorded first
 * @param coverAbsenceId the absence with its cover as registered in the core (it re-routes the tasks)
 */
public record CoverOrder(Long id, long officerId, Long absenceId, long coverAbsenceId, AbsenceKind kind,
        LocalDate from, LocalDate to, int workingDays, long coverOfficerId, String orderNo, LocalDate orderDate,
        String note, CoverStatus status, LocalDate endedOn, String endedBy, String endReason, long departmentId,
        String createdBy, Instant createdAt, Long version) {
}
