package kz.police.lps.core.api.task;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.Test;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormBinding;
import kz.police.lps.core.api.norm.NormLimit;
import kz.police.lps.core.api.norm.NormUnit;

public class PeriodicityTest {

    private static Norm norm(NormUnit unit) {
        return new Norm("x.y", "x", new LocalizedText("a", "b", "c"), BigDecimal.ONE, null, unit, NormLimit.AT_LEAST,
                NormBinding.MANDATORY, BigDecimal.ONE, "act", "L1", false);
    }

    @Test
    public void periodsOfThePeriodicityNorms() {
        LocalDate day = LocalDate.of(2026, 11, 25);
        assertEquals("2026-11", Periodicity.periodOf(norm(NormUnit.PER_MONTH), day).toString());
        assertEquals("2026-Q4", Periodicity.periodOf(norm(NormUnit.PER_QUARTER), day).toString());
        assertEquals("2026-H2", Periodicity.periodOf(norm(NormUnit.PER_HALF_YEAR), day).toString());
        assertEquals("2026", Periodicity.periodOf(norm(NormUnit.PER_YEAR), day).toString());
        assertEquals(ReportingPeriod.Kind.QUARTER, Periodicity.kindOf(NormUnit.PER_QUARTER).orElseThrow());
    }

    @Test
    public void aDeadlineIsNoPeriodicity() {
        assertTrue(Periodicity.kindOf(NormUnit.WORKING_DAYS).isEmpty());
        try {
            Periodicity.periodOf(norm(NormUnit.WORKING_DAYS), LocalDate.of(2026, 1, 1));
            throw new AssertionError("accepted a deadline as a periodicity");
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().contains("x.y"));
        }
    }
}
