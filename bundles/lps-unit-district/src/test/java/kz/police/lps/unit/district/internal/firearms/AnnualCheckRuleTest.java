package kz.police.lps.unit.district.internal.firearms;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;

import org.junit.Test;

import kz.police.lps.core.api.calendar.ReportingPeriod;

/** BR-29 (L541-548): at least once a year; checks during operational-preventive measures do not count. */
public class AnnualCheckRuleTest {

    private static final ReportingPeriod.Kind YEAR = ReportingPeriod.Kind.YEAR;

    @Test
    public void neverCheckedIsDueByTheEndOfTheYearOfRecording() {
        assertEquals(LocalDate.of(2026, 12, 31), AnnualCheckRule.nextDue(YEAR, LocalDate.of(2026, 3, 5), null));
        assertFalse(AnnualCheckRule.overdue(YEAR, LocalDate.of(2026, 3, 5), null, LocalDate.of(2026, 12, 31)));
        assertTrue(AnnualCheckRule.overdue(YEAR, LocalDate.of(2026, 3, 5), null, LocalDate.of(2027, 1, 1)));
    }

    @Test
    public void aCheckMovesTheNextOneToTheFollowingYear() {
        assertEquals(LocalDate.of(2027, 12, 31),
                AnnualCheckRule.nextDue(YEAR, LocalDate.of(2025, 1, 10), LocalDate.of(2026, 2, 1)));
        assertTrue(AnnualCheckRule.overdue(YEAR, LocalDate.of(2024, 1, 10), LocalDate.of(2025, 6, 1),
                LocalDate.of(2027, 1, 2)));
    }

    @Test
    public void aCheckFulfilsTheObligationsOfItsPeriodAndEarlierOnes() {
        assertTrue(AnnualCheckRule.fulfils(ReportingPeriod.parse("2026"), LocalDate.of(2026, 11, 25)));
        assertTrue(AnnualCheckRule.fulfils(ReportingPeriod.parse("2025"), LocalDate.of(2026, 1, 3)));
        assertFalse("a check dated last year leaves this year's open",
                AnnualCheckRule.fulfils(ReportingPeriod.parse("2027"), LocalDate.of(2026, 12, 29)));
    }

    @Test
    public void anOverriddenPeriodicityCountsInItsOwnPeriods() {
        assertEquals(LocalDate.of(2026, 12, 31), AnnualCheckRule.nextDue(ReportingPeriod.Kind.HALF_YEAR,
                LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 1)));
    }
}
