package kz.police.lps.core.api.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormUnit;
import kz.police.lps.core.api.security.Caller;

/**
 * Kazakhstan's working days: weekends, public holidays (a holiday on a weekend moves the day off to the next working
 * day, except the religious ones) and the Government's transfers of days off, loaded per year. A year not loaded is
 * derived from the standing holidays and its days are marked provisional.
 */
public interface WorkingCalendar {

    ZoneId zone();

    CalendarDay day(LocalDate date);

    default boolean isWorkingDay(LocalDate date) {
        return day(date).working();
    }

    /** The days from {@code from} to {@code to}, both inclusive. */
    List<CalendarDay> days(LocalDate from, LocalDate to);

    /** Working days from {@code from} to {@code to}, both inclusive. */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** The Nth working day after {@code start} (the start day itself does not count); n ≥ 0. */
    LocalDate plusWorkingDays(LocalDate start, int n);

    /**
     * The deadline of a norm counted from an event: N working or calendar days → the end of that day (in
     * {@link #zone()}); N hours or minutes → the event plus that time.
     *
     * @throws IllegalArgumentException for a norm whose unit is not a duration
     */
    Instant deadline(Instant event, Norm norm);

    /** As {@link #deadline(Instant, Norm)} for a raw amount. */
    Instant deadline(Instant event, long amount, NormUnit unit);

    /**
     * "By the Nth day of the month after the period": e.g. day 5 after {@code 2026-Q3} is 5 October 2026. The date is
     * not moved off weekends or holidays: the texts do not say so (textbook ch. 5, L3160-3171).
     */
    LocalDate dayOfMonthAfter(ReportingPeriod period, int day);

    /** The last instant of the day in {@link #zone()}: what "by that day" means for a deadline. */
    Instant endOf(LocalDate day);

    /** The years whose holidays and transfers are loaded. */
    Set<Integer> loadedYears();

    /**
     * Loads (replaces) one year: its holidays and the Government decree's transfers ({@code lps-admin}); audited.
     *
     * @param source where the data comes from, e.g. the decree's number and date
     */
    void loadYear(Caller caller, CalendarYear year, String source);
}
