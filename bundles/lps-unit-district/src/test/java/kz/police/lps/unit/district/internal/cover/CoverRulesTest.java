package kz.police.lps.unit.district.internal.cover;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import kz.police.lps.core.api.calendar.CalendarDay;
import kz.police.lps.core.api.calendar.CalendarYear;
import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormBinding;
import kz.police.lps.core.api.norm.NormLimit;
import kz.police.lps.core.api.norm.NormUnit;
import kz.police.lps.core.api.org.Absence;
import kz.police.lps.core.api.org.AbsenceKind;
import kz.police.lps.core.api.security.Caller;

/** BR-14, L369-374: "more than 5 working days", counted with the calendar, holidays not counted. */
public class CoverRulesTest {

    /** Weekends and Independence Day 2026 (16 December), as the core's calendar for 2026 has them. */
    private static final WorkingCalendar CALENDAR = new WeekendsAnd(Set.of(LocalDate.of(2026, 12, 16)));
    private static final Norm THRESHOLD = norm(5, NormUnit.WORKING_DAYS);

    @Test
    public void eightWorkingDaysAcrossIndependenceDayNeedAnOrder() {
        // Mon 14 .. Thu 24 December 2026: nine weekdays, one of them a holiday
        int length = CoverRules.length(CALENDAR, LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 24),
                NormUnit.WORKING_DAYS);
        assertEquals(8, length);
        assertTrue(CoverRules.orderRequired(length, THRESHOLD));
    }

    @Test
    public void theHolidayKeepsSixWeekdaysWithinTheThreshold() {
        // Mon 14 .. Mon 21 December 2026: six weekdays, five working days: "more than 5" is not met
        int length = CoverRules.length(CALENDAR, LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 21),
                NormUnit.WORKING_DAYS);
        assertEquals(5, length);
        assertFalse("exactly the threshold: an order is allowed, not required",
                CoverRules.orderRequired(length, THRESHOLD));
        assertTrue("one more working day", CoverRules.orderRequired(length + 1, THRESHOLD));
    }

    @Test
    public void weekendsDoNotCount() {
        // Fri 4 .. Mon 14 December 2026: seven weekdays over two weekends
        assertEquals(7, CoverRules.length(CALENDAR, LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 14),
                NormUnit.WORKING_DAYS));
        assertEquals(0, CoverRules.length(CALENDAR, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 6),
                NormUnit.WORKING_DAYS));
    }

    @Test
    public void aCalendarDayThresholdCountsEveryDay() {
        assertEquals(11, CoverRules.length(CALENDAR, LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 24),
                NormUnit.CALENDAR_DAYS));
        assertEquals(1, CoverRules.length(CALENDAR, LocalDate.of(2026, 12, 16), LocalDate.of(2026, 12, 16),
                NormUnit.CALENDAR_DAYS));
    }

    @Test(expected = IllegalArgumentException.class)
    public void aThresholdInOtherUnitsIsAnError() {
        CoverRules.length(CALENDAR, LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 24), NormUnit.HOURS);
    }

    @Test
    public void anAbsenceIsCoveredByItsCoverAnOrderOrACoveringAbsence() {
        Absence away = absence(1L, "2026-12-14", "2026-12-24", null);
        assertFalse(CoverRules.covered(away, List.of(away), Set.of()));
        assertTrue("an order refers to it", CoverRules.covered(away, List.of(away), Set.of(1L)));
        assertTrue("it names its cover", CoverRules.covered(absence(2L, "2026-12-14", "2026-12-24", 9L),
                List.of(), Set.of()));
        Absence spanning = absence(3L, "2026-12-10", "2026-12-31", 9L);
        assertTrue("another absence with a cover spans it", CoverRules.covered(away, List.of(away, spanning),
                Set.of()));
        Absence partly = absence(4L, "2026-12-18", "2026-12-31", 9L);
        assertFalse("a cover for part of it only", CoverRules.covered(away, List.of(away, partly), Set.of()));
    }

    @Test
    public void periodsOverlapOnASharedDay() {
        LocalDate d14 = LocalDate.of(2026, 12, 14);
        LocalDate d24 = LocalDate.of(2026, 12, 24);
        assertTrue(CoverRules.overlap(d14, d24, d24, d24.plusDays(3)));
        assertTrue(CoverRules.overlap(d14, d24, d14.minusDays(3), d14));
        assertFalse(CoverRules.overlap(d14, d24, d24.plusDays(1), d24.plusDays(3)));
        assertFalse(CoverRules.overlap(d14, d24, d14.minusDays(3), d14.minusDays(1)));
    }

    private static Absence absence(Long id, String from, String to, Long cover) {
        return new Absence(id, 7L, AbsenceKind.LEAVE, LocalDate.parse(from), LocalDate.parse(to), null, cover);
    }

    private static Norm norm(int value, NormUnit unit) {
        return new Norm("district.cover.absence-threshold", "district", new LocalizedText("", "", ""),
                BigDecimal.valueOf(value), null, unit, NormLimit.AT_MOST, NormBinding.MANDATORY,
                BigDecimal.valueOf(value), "mia-order-1095-2015", "L369-374", false);
    }

    /** Working days: Monday to Friday but the holidays given. Only the counting is needed here. */
    private static final class WeekendsAnd implements WorkingCalendar {

        private final Set<LocalDate> holidays;

        WeekendsAnd(Set<LocalDate> holidays) {
            this.holidays = holidays;
        }

        @Override
        public int workingDaysBetween(LocalDate from, LocalDate to) {
            int n = 0;
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                        && !holidays.contains(d)) {
                    n++;
                }
            }
            return n;
        }

        @Override
        public ZoneId zone() {
            return ZoneId.of("Asia/Almaty");
        }

        @Override
        public CalendarDay day(LocalDate date) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<CalendarDay> days(LocalDate from, LocalDate to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public LocalDate plusWorkingDays(LocalDate start, int n) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant deadline(Instant event, Norm norm) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant deadline(Instant event, long amount, NormUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public LocalDate dayOfMonthAfter(ReportingPeriod period, int day) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant endOf(LocalDate day) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<Integer> loadedYears() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void loadYear(Caller caller, CalendarYear year, String source) {
            throw new UnsupportedOperationException();
        }
    }
}
