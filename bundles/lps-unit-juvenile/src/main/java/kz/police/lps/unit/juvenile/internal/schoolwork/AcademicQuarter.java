package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.LocalDate;

/**
 * One academic quarter (оқу тоқсаны) of an academic year (оқу жылы) and the vacation that follows it. The textbook
 * names academic quarters and the academic year (L830-842, L1128-1138) but gives no dates: they are the region's data
 * ({@link AcademicCalendar}), never calendar quarters.
 *
 * @param startYear    the academic year by the calendar year it starts in (2026 = 2026/2027)
 * @param quarter      1..4
 * @param startsOn     the first school day
 * @param endsOn       the last school day
 * @param vacationFrom the first day of the vacation after it
 * @param vacationTo   the last day of that vacation (for the 4th quarter, the summer)
 */
public record AcademicQuarter(int startYear, int quarter, LocalDate startsOn, LocalDate endsOn,
        LocalDate vacationFrom, LocalDate vacationTo, String source, Long version) {

    /** E.g. {@code 2026/2027-Q2}: the label used in task origin keys and titles. */
    public String code() {
        return startYear + "/" + (startYear + 1) + "-Q" + quarter;
    }

    /** Whether the day lies in the quarter or its vacation. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(vacationTo);
    }

    /** Whether the day lies in the vacation after the quarter. */
    public boolean inVacation(LocalDate day) {
        return !day.isBefore(vacationFrom) && !day.isAfter(vacationTo);
    }
}
