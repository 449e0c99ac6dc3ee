package kz.police.lps.unit.juvenile.internal.cover;

import java.time.LocalDate;

import kz.police.lps.core.api.org.AbsenceKind;

/**
 * A cover order to issue: for a recorded absence ({@code absenceId}; the period defaults to its days and must lie
 * within them) or for an absence not recorded yet ({@code kind}, {@code from}, {@code to} required).
 */
public record NewCoverOrder(Long officerId, Long absenceId, AbsenceKind kind, LocalDate from, LocalDate to,
        Long coverOfficerId, String orderNo, LocalDate orderDate, String note) {
}
