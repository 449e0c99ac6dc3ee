package kz.police.lps.unit.juvenile.internal.cover;

import java.time.LocalDate;

/** Ending a cover order early: its last day (today when null) and why. */
public record CoverEnd(LocalDate endedOn, String reason) {
}
