package kz.police.lps.core.internal.calendar;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import kz.police.lps.core.api.calendar.CalendarDay;
import kz.police.lps.core.api.calendar.CalendarYear;
import kz.police.lps.core.api.calendar.DayKind;
import kz.police.lps.core.api.i18n.LocalizedText;

public class CalendarRulesTest {

    private static Map<LocalDate, CalendarDay> shipped(int year) throws Exception {
        try (InputStream in = CalendarRulesTest.class.getResourceAsStream("/calendar/kz-" + year + ".json")) {
            return CalendarRules.specialDays(CalendarFiles.read(in), false);
        }
    }

    private static DayKind kind(Map<LocalDate, CalendarDay> days, String date) {
        return CalendarRules.day(LocalDate.parse(date), days, false).kind();
    }

    @Test
    public void nauryz2026OnSaturdayAndSundayMovesTwoDaysOff() throws Exception {
        Map<LocalDate, CalendarDay> y = shipped(2026);
        assertEquals(DayKind.HOLIDAY, kind(y, "2026-03-21"));
        assertEquals(DayKind.HOLIDAY, kind(y, "2026-03-22"));
        assertEquals(DayKind.HOLIDAY, kind(y, "2026-03-23"));
        assertEquals(DayKind.DAY_OFF_TRANSFERRED, kind(y, "2026-03-24"));
        assertEquals(DayKind.DAY_OFF_TRANSFERRED, kind(y, "2026-03-25"));
        assertEquals(DayKind.WORKING_DAY, kind(y, "2026-03-26"));
    }

    @Test
    public void sundayHolidaysOf2026GiveMondayOff() throws Exception {
        Map<LocalDate, CalendarDay> y = shipped(2026);
        assertEquals(DayKind.DAY_OFF_TRANSFERRED, kind(y, "2026-03-09")); // 8 March, Sunday
        assertEquals(DayKind.DAY_OFF_TRANSFERRED, kind(y, "2026-05-11")); // 9 May, Saturday
        assertEquals(DayKind.DAY_OFF_TRANSFERRED, kind(y, "2026-08-31")); // 30 August, Sunday
        assertEquals(DayKind.DAY_OFF_TRANSFERRED, kind(y, "2026-10-26")); // 25 October, Sunday
        assertEquals(DayKind.WORKING_DAY, kind(y, "2026-12-17"));
    }

    @Test
    public void religiousHolidayOnAWeekendDoesNotMove() throws Exception {
        Map<LocalDate, CalendarDay> y = shipped(2027);
        assertEquals(DayKind.HOLIDAY, kind(y, "2027-05-16"));              // Kurban Ait, Sunday
        assertEquals(DayKind.DAY_OFF_TRANSFERRED, kind(y, "2027-05-10")); // 9 May 2027 is a Sunday
        assertEquals(DayKind.DAY_OFF_TRANSFERRED, kind(y, "2027-05-03")); // 1 May 2027 is a Saturday
        assertEquals(DayKind.WORKING_DAY, kind(y, "2027-05-17"));
        assertEquals(DayKind.DAY_OFF_TRANSFERRED, kind(y, "2027-01-04")); // 2 January 2027 is a Saturday
    }

    @Test
    public void workingDaysSkipHolidaysAndMovedDaysOff() throws Exception {
        Map<LocalDate, CalendarDay> y = shipped(2026);
        java.util.function.Predicate<LocalDate> working = d -> CalendarRules.day(d, y, false).working();
        // Friday 20 March 2026: 23 March is Nauryz, 24-25 March the moved days off
        assertEquals(LocalDate.of(2026, 4, 1), CalendarRules.plusWorkingDays(LocalDate.of(2026, 3, 20), 5, working));
        // an ordinary week: Monday + 5 = next Monday
        assertEquals(LocalDate.of(2026, 2, 9), CalendarRules.plusWorkingDays(LocalDate.of(2026, 2, 2), 5, working));
        // 0 working days after a day is that day
        assertEquals(LocalDate.of(2026, 3, 21), CalendarRules.plusWorkingDays(LocalDate.of(2026, 3, 21), 0, working));
        // New Year: 31 Dec 2025 + 1 → 5 January 2026 (1-2 Jan holidays, 3-4 weekend)
        assertEquals(LocalDate.of(2026, 1, 5), CalendarRules.plusWorkingDays(LocalDate.of(2025, 12, 31), 1,
                d -> d.getYear() == 2025 || CalendarRules.day(d, y, false).working()));
    }

    @Test
    public void decreeTransfersMakeASaturdayWorkingAndAWeekdayOff() {
        LocalizedText name = new LocalizedText("мереке", null, null);
        CalendarYear year = new CalendarYear(2030, List.of(new CalendarYear.Holiday(LocalDate.of(2030, 1, 1), name,
                true, "law")), List.of(new CalendarYear.Transfer(LocalDate.of(2030, 1, 5), LocalDate.of(2030, 1, 3),
                        "decree")));
        Map<LocalDate, CalendarDay> days = CalendarRules.specialDays(year, false);
        assertTrue(CalendarRules.day(LocalDate.of(2030, 1, 5), days, false).working());
        assertFalse(CalendarRules.day(LocalDate.of(2030, 1, 3), days, false).working());
        assertFalse(CalendarRules.day(LocalDate.of(2030, 1, 1), days, false).working());
        assertTrue(CalendarRules.day(LocalDate.of(2030, 1, 2), days, false).working());
    }

    @Test
    public void badYearDataIsNamed() {
        CalendarYear bad = new CalendarYear(2030, List.of(new CalendarYear.Holiday(LocalDate.of(2031, 1, 1),
                new LocalizedText("x", null, null), true, null)), List.of(new CalendarYear.Transfer(
                        LocalDate.of(2030, 1, 7), LocalDate.of(2030, 1, 5), null)));
        List<String> problems = CalendarRules.problems(bad);
        assertEquals(2, problems.size());
        assertTrue(problems.get(0).startsWith("holidays[0]"));
        assertTrue(problems.get(1).startsWith("transfers[0]"));
    }
}
