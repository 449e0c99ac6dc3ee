package kz.police.lps.core.internal.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kz.police.lps.core.api.calendar.CalendarDay;
import kz.police.lps.core.api.calendar.CalendarYear;
import kz.police.lps.core.api.calendar.DayKind;

/**
 * Turns a year's holidays and transfers into its non-ordinary days: the holidays; for a holiday on a weekend that
 * moves (Labour Code Art. 85), the next weekday that is neither a holiday nor already a moved day off; then the
 * decree's transfers. Every other weekday is a working day, every Saturday and Sunday a weekend.
 */
public final class CalendarRules {

    static final String MOVE_BASIS = "Labour Code of the RK Art. 85: a holiday on a weekend gives the next working day off";

    private CalendarRules() {
    }

    public static Map<LocalDate, CalendarDay> specialDays(CalendarYear year, boolean provisional) {
        Map<LocalDate, CalendarDay> days = new HashMap<>();
        List<CalendarYear.Holiday> holidays = year.holidays().stream()
                .sorted(Comparator.comparing(CalendarYear.Holiday::date)).toList();
        for (CalendarYear.Holiday h : holidays) {
            days.put(h.date(), new CalendarDay(h.date(), DayKind.HOLIDAY, h.name(), h.basis(), provisional));
        }
        for (CalendarYear.Holiday h : holidays) {
            if (h.moveIfWeekend() && isWeekend(h.date())) {
                LocalDate d = h.date().plusDays(1);
                while (isWeekend(d) || days.containsKey(d)) {
                    d = d.plusDays(1);
                }
                days.put(d, new CalendarDay(d, DayKind.DAY_OFF_TRANSFERRED, h.name(), MOVE_BASIS, provisional));
            }
        }
        for (CalendarYear.Transfer t : year.transfers()) {
            days.put(t.workingDay(), new CalendarDay(t.workingDay(), DayKind.WORKING_WEEKEND, null, t.basis(),
                    provisional));
            days.put(t.dayOff(), new CalendarDay(t.dayOff(), DayKind.DAY_OFF_TRANSFERRED, null, t.basis(),
                    provisional));
        }
        return days;
    }

    public static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The day as the special days of its year say, else an ordinary working day or weekend. */
    public static CalendarDay day(LocalDate date, Map<LocalDate, CalendarDay> special, boolean provisional) {
        CalendarDay s = special.get(date);
        if (s != null) {
            return s;
        }
        return new CalendarDay(date, isWeekend(date) ? DayKind.WEEKEND : DayKind.WORKING_DAY, null, null, provisional);
    }

    /** The Nth working day after {@code start} (the start day itself does not count). */
    public static LocalDate plusWorkingDays(LocalDate start, int n, java.util.function.Predicate<LocalDate> working) {
        if (n < 0) {
            throw new IllegalArgumentException("negative working days: " + n);
        }
        LocalDate d = start;
        int left = n;
        while (left > 0) {
            d = d.plusDays(1);
            if (working.test(d)) {
                left--;
            }
        }
        return d;
    }

    /** Checks a year to load: dates inside the year, transfers from a weekend day to a weekday. */
    public static List<String> problems(CalendarYear year) {
        List<String> problems = new java.util.ArrayList<>();
        if (year.year() < 2000 || year.year() > 2100) {
            problems.add("year: " + year.year());
        }
        for (int i = 0; i < year.holidays().size(); i++) {
            CalendarYear.Holiday h = year.holidays().get(i);
            if (h.date() == null || h.date().getYear() != year.year() || h.name() == null) {
                problems.add("holidays[" + i + "]: a date in " + year.year() + " and a name are required");
            }
        }
        for (int i = 0; i < year.transfers().size(); i++) {
            CalendarYear.Transfer t = year.transfers().get(i);
            if (t.workingDay() == null || t.dayOff() == null || !isWeekend(t.workingDay()) || isWeekend(t.dayOff())) {
                problems.add("transfers[" + i + "]: workingDay must be a Saturday or Sunday, dayOff a weekday");
            }
        }
        return problems;
    }

    /**
     * The last instant of a day in a zone, what "by that day" means for a deadline: a microsecond before midnight,
     * since PostgreSQL keeps microseconds and would round a nanosecond before midnight up to the next day.
     */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant().minus(1, ChronoUnit.MICROS);
    }
}
