package kz.police.lps.unit.juvenile.internal.organisation;

import java.time.LocalDate;

/** Ending an assignment: its last day (today when null) and why. */
public record AssignmentEnd(LocalDate endedOn, String reason) {
}
