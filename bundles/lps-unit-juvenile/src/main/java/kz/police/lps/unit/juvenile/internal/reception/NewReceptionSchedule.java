package kz.police.lps.unit.juvenile.internal.reception;

import java.time.LocalDate;

/**
 * A citizen reception schedule to propose for approval.
 *
 * @param officerId the inspector receiving; the caller's own when null
 * @param hours     the days and hours of reception, as approved (e.g. "Tue 15:00-18:00; Sat 10:00-13:00")
 * @param place     where citizens are received
 * @param validFrom from when it applies; today when null
 */
public record NewReceptionSchedule(Long officerId, String hours, String place, LocalDate validFrom) {
}
