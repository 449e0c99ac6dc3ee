package kz.police.lps.unit.district.internal.cover;

import java.time.LocalDate;

import kz.police.lps.core.api.org.AbsenceKind;

/**
 * A cover order to issue. Either for a recorded absence ({@code absenceId}; {@code from}/{@code to} default to its
 * days and must lie within them, {@code kind} is its kind) or for an absence not recorded yet ({@code kind},
 * {@code from}, {@code to} required).
 */
public record NewCoverOrder(Long officerId, Long absenceId, AbsenceKind kind, LocalDate from, LocalDate to,
        Long coverOfficerId, String orderNo, LocalDate orderDate, String note) {
}
