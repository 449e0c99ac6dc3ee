package kz.police.lps.unit.juvenile.internal.inbound;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.Test;

public class InboundRulesTest {

    @Test
    public void aNoticeAfterItsDeadlineIsLateByTheMinutesPast() {
        Instant due = Instant.parse("2026-12-15T10:00:00Z");
        assertEquals(0, Lateness.lateMinutes(due, due));
        assertEquals(0, Lateness.lateMinutes(due, due.minusSeconds(3600)));
        assertEquals(1, Lateness.lateMinutes(due, due.plusSeconds(1)));
        assertEquals(24 * 60, Lateness.lateMinutes(due, due.plusSeconds(24 * 3600)));
        assertEquals(24, Lateness.hours(24 * 60));
        assertEquals(1, Lateness.hours(1));
    }

    @Test
    public void aPreReleaseNoticeIsDueTwentyCalendarDaysBeforeTheRelease() {
        LocalDate release = LocalDate.of(2026, 12, 20);
        assertEquals(LocalDate.of(2026, 11, 30), Lateness.preReleaseDueDay(release, 20));
        assertEquals(0, Lateness.preReleaseLateDays(release, 20, LocalDate.of(2026, 11, 30)));
        assertEquals(0, Lateness.preReleaseLateDays(release, 20, LocalDate.of(2026, 11, 1)));
        assertEquals("15 days before: 5 late", 5, Lateness.preReleaseLateDays(release, 20, LocalDate.of(2026, 12, 5)));
    }

    @Test
    public void probationLinesCompareWithTheRegister() {
        assertEquals(Reconciliation.CONSISTENT, ProbationLists.reconciliation(ProbationListKind.REGISTERED, true));
        assertEquals(Reconciliation.NOT_REGISTERED, ProbationLists.reconciliation(ProbationListKind.REGISTERED, false));
        assertEquals(Reconciliation.REMOVED_BUT_REGISTERED,
                ProbationLists.reconciliation(ProbationListKind.REMOVED, true));
        assertEquals(Reconciliation.CONSISTENT, ProbationLists.reconciliation(ProbationListKind.REMOVED, false));
    }
}
