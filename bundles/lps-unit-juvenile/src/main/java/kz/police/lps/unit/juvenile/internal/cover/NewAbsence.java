package kz.police.lps.unit.juvenile.internal.cover;

import java.time.LocalDate;

import kz.police.lps.core.api.org.AbsenceKind;

/** An absence of a juvenile inspector to record through the unit (both days inclusive). */
public record NewAbsence(Long officerId, AbsenceKind kind, LocalDate from, LocalDate to, String note) {
}
