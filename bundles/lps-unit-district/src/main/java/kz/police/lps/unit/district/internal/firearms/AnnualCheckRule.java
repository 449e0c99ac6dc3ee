package kz.police.lps.unit.district.internal.firearms;

import java.time.LocalDate;

import kz.police.lps.core.api.calendar.ReportingPeriod;

/**
 * When the next periodic check of a firearm owner is due (BR-29, L541-548: at least once a year, the period from
 * the norm {@code district.weapon-owner.check-periodicity}). Only checks at the residence count: those during
 * operational-preventive measures do not (L546-548). Never checked: by the end of the period the owner was recorded
 * in; else by the end of the period after the last counted check.
 */
public final class AnnualCheckRule {

    private AnnualCheckRule() {
    }

    /** The last day of the period by whose end the next check is due. */
    public static LocalDate nextDue(ReportingPeriod.Kind period, LocalDate registeredOn, LocalDate lastCountedCheck) {
        ReportingPeriod p = lastCountedCheck == null ? ReportingPeriod.containing(registeredOn, period)
                : ReportingPeriod.containing(lastCountedCheck, period).next();
        return p.end();
    }

    /** Whether the check is overdue on {@code today}: its period has ended without one. */
    public static boolean overdue(ReportingPeriod.Kind period, LocalDate registeredOn, LocalDate lastCountedCheck,
            LocalDate today) {
        return nextDue(period, registeredOn, lastCountedCheck).isBefore(today);
    }

    /** Whether a check on {@code checkedOn} fulfils the period's obligation (the period started on or before it). */
    public static boolean fulfils(ReportingPeriod obligation, LocalDate checkedOn) {
        return !obligation.start().isAfter(checkedOn);
    }
}
