package kz.police.lps.unit.district.internal.cover;

import java.time.LocalDate;

/** Ending a cover order: the day it ends (today when null) and why. */
public record CoverEnd(LocalDate endedOn, String reason) {
}
