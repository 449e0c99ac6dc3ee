package kz.police.lps.unit.district.internal.prevention;

import java.time.LocalDate;

/**
 * An entry for the individual preventive work log (US-28).
 *
 * @param workDate   the day of the work; today when null
 * @param jointUnits the units of the internal affairs body it was done with, if any (L644)
 * @param officerId  the officer who did it; the caller's own officer record when null
 */
public record NewPreventiveWork(LocalDate workDate, PreventiveActivity activity, String jointUnits, String notes,
        Long officerId) {
}
