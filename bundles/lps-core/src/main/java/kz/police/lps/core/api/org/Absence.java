package kz.police.lps.core.api.org;

import java.time.LocalDate;

/** An officer's absence, both days inclusive. */
public record Absence(Long id, Long officerId, AbsenceKind kind, LocalDate from, LocalDate to, String note) {
}
