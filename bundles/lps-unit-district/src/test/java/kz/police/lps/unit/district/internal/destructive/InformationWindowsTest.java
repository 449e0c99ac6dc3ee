package kz.police.lps.unit.district.internal.destructive;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;

import org.junit.Test;

/** The 10-day information windows of BR-31 (L589-594). */
public class InformationWindowsTest {

    private static final LocalDate PLACED = LocalDate.of(2026, 11, 1);

    @Test
    public void thePlacementDayAndTheNextTenDaysAreTheFirstWindow() {
        assertEquals(0, InformationWindows.windowOf(PLACED, PLACED, 10));
        assertEquals(0, InformationWindows.windowOf(PLACED, PLACED.plusDays(1), 10));
        assertEquals(0, InformationWindows.windowOf(PLACED, PLACED.plusDays(10), 10));
        assertEquals(1, InformationWindows.windowOf(PLACED, PLACED.plusDays(11), 10));
        assertEquals(1, InformationWindows.windowOf(PLACED, PLACED.plusDays(20), 10));
        assertEquals(2, InformationWindows.windowOf(PLACED, PLACED.plusDays(21), 10));
    }

    @Test
    public void eachWindowIsDueTenCalendarDaysAfterItsStartOnItsLastDay() {
        assertEquals(LocalDate.of(2026, 11, 11), InformationWindows.due(PLACED, 0, 10));
        assertEquals(LocalDate.of(2026, 11, 1), InformationWindows.start(PLACED, 0, 10));
        assertEquals(LocalDate.of(2026, 11, 21), InformationWindows.due(PLACED, 1, 10));
        assertEquals(LocalDate.of(2026, 11, 11), InformationWindows.start(PLACED, 1, 10));
        // the due day is the window's own last day: its information still belongs to it
        LocalDate due = InformationWindows.due(PLACED, 1, 10);
        assertEquals(1, InformationWindows.windowOf(PLACED, due, 10));
    }

    @Test
    public void windowsRunAcrossMonthAndYearEnds() {
        LocalDate placed = LocalDate.of(2026, 12, 25);
        assertEquals(LocalDate.of(2027, 1, 4), InformationWindows.due(placed, 0, 10));
        assertEquals(1, InformationWindows.windowOf(placed, LocalDate.of(2027, 1, 5), 10));
    }

    @Test
    public void daysBeforeThePlacementFallInTheFirstWindow() {
        assertEquals(0, InformationWindows.windowOf(PLACED, PLACED.minusDays(3), 10));
    }

    @Test
    public void anOverriddenIntervalChangesTheWindows() {
        assertEquals(1, InformationWindows.windowOf(PLACED, PLACED.plusDays(8), 7));
        assertEquals(LocalDate.of(2026, 11, 8), InformationWindows.due(PLACED, 0, 7));
    }

    @Test(expected = IllegalArgumentException.class)
    public void anIntervalBelowOneDayIsRefused() {
        InformationWindows.windowOf(PLACED, PLACED, 0);
    }
}
