package kz.police.lps.unit.district.internal.firearms;

import java.time.LocalDate;

/**
 * A check of a firearm owner to record.
 *
 * @param checkedOn                 the day; today when null
 * @param assignmentId              for an {@link CheckTrigger#ASSIGNED} check: the assignment it fulfils
 * @param duringOperationalMeasures a check during operational-preventive measures: recorded, but it neither counts
 *                                  as the periodic check nor needs the Order 313 report (L546-548)
 * @param violations                the storage violations found, required when {@code violationsFound}
 * @param materials                 the check materials (reference, description), required when
 *                                  {@code violationsFound} (BR-30, L556-558)
 * @param officerId                 the officer who checked; the caller's own when null
 */
public record NewFirearmCheck(LocalDate checkedOn, CheckTrigger trigger, Long assignmentId,
        Boolean duringOperationalMeasures, Boolean violationsFound, String violations, String materials,
        Long officerId) {
}
