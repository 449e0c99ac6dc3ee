package kz.police.lps.unit.district.internal.firearms;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Random;

import org.junit.Test;

import kz.police.lps.core.api.calendar.ReportingPeriod;

/**
 * The database filters of the firearm owners stand for the rule they replace: "owes the period's check" (no counted
 * check since the period's start) is "next check due by the period's end", and "overdue" is "next check due before
 * today", for every period kind.
 */
public class NextCheckDueTest {

    @Test
    public void owingThePeriodsCheckIsTheNextCheckDueByItsEnd() {
        Random random = new Random(20261216L);
        LocalDate base = LocalDate.of(2020, 1, 1);
        for (ReportingPeriod.Kind kind : ReportingPeriod.Kind.values()) {
            for (int i = 0; i < 20_000; i++) {
                LocalDate today = base.plusDays(random.nextInt(3000));
                LocalDate registered = today.minusDays(random.nextInt(2000));
                LocalDate last = random.nextInt(4) == 0 ? null
                        : today.minusDays(random.nextInt((int) (today.toEpochDay() - registered.toEpochDay()) + 1));
                ReportingPeriod period = ReportingPeriod.containing(today, kind);
                boolean owes = last == null || last.isBefore(period.start()); // the rule the source applied
                LocalDate due = AnnualCheckRule.nextDue(kind, registered, last);
                assertEquals(kind + " " + registered + " " + last + " " + today, owes,
                        NextCheckDue.dueBy(due, period));
                assertEquals(AnnualCheckRule.overdue(kind, registered, last, today), due.isBefore(today));
            }
        }
    }

    @Test
    public void aClosedOwnerOwesNothing() {
        assertFalse(NextCheckDue.dueBy(null, ReportingPeriod.parse("2026")));
        assertTrue(NextCheckDue.dueBy(LocalDate.of(2026, 12, 31), ReportingPeriod.parse("2026")));
        assertFalse(NextCheckDue.dueBy(LocalDate.of(2027, 12, 31), ReportingPeriod.parse("2026")));
    }
}
