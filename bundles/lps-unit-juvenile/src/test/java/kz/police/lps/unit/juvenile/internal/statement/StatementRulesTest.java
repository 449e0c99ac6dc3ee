package kz.police.lps.unit.juvenile.internal.statement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.error.ValidationException;

public class StatementRulesTest {

    @Test
    public void dueByTheFirstOfTheNextMonthNotMovedOffHolidays() {
        // August 2026: 1 September follows Monday 31 August, the Constitution Day moved off Sunday; not moved itself
        assertEquals(LocalDate.of(2026, 9, 1), StatementRules.dueDay(ReportingPeriod.parse("2026-08"), 1));
        // December: the 1st of January is itself a holiday, still the day
        assertEquals(LocalDate.of(2027, 1, 1), StatementRules.dueDay(ReportingPeriod.parse("2026-12"), 1));
        // a later due day is capped at the next month's length
        assertEquals(LocalDate.of(2027, 2, 28), StatementRules.dueDay(ReportingPeriod.parse("2027-01"), 31));
    }

    @Test
    public void overdueAfterTheDueInstant() {
        Instant due = Instant.parse("2026-09-01T18:59:59.999999Z");
        assertFalse(StatementRules.overdue(due, due, due.plusSeconds(86400)));
        assertTrue(StatementRules.overdue(due, due.plusNanos(1000), due));
        assertFalse("not submitted, not yet due", StatementRules.overdue(due, null, due.minusSeconds(1)));
        assertTrue("not submitted, due passed", StatementRules.overdue(due, null, due.plusSeconds(1)));
    }

    @Test
    public void monthsOnly() {
        assertEquals(ReportingPeriod.parse("2026-11"), StatementRules.month("month", "2026-11"));
        for (String bad : new String[] {null, " ", "2026-Q4", "2026", "November"}) {
            try {
                StatementRules.month("month", bad);
                fail(bad);
            } catch (ValidationException e) {
                assertEquals("month", e.errors().get(0).field());
            }
        }
        assertTrue(StatementRules.future(ReportingPeriod.parse("2026-12"), LocalDate.of(2026, 11, 30)));
        assertFalse(StatementRules.future(ReportingPeriod.parse("2026-11"), LocalDate.of(2026, 11, 1)));
    }

    @Test
    public void figuresRoundTripAndSum() {
        Map<String, Long> a = new LinkedHashMap<>();
        a.put("meetings", 2L);
        a.put("receptions", 3L);
        assertEquals(a, StatementRules.decode(StatementRules.encode(a)));
        assertTrue(StatementRules.decode(null).isEmpty());
        Map<String, Long> b = Map.of("receptions", 1L, "notebookDone", 4L);
        Map<String, Long> sum = StatementRules.sum(List.of(a, b));
        assertEquals(List.of("meetings", "notebookDone", "receptions"), List.copyOf(sum.keySet()));
        assertEquals(Long.valueOf(4), sum.get("receptions"));
    }
}
