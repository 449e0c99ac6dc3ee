package kz.police.lps.core.api.calendar;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;

import org.junit.Test;

public class ReportingPeriodTest {

    @Test
    public void parsesAndPrintsEveryKind() {
        for (String s : new String[] {"2026", "2026-H2", "2026-Q3", "2026-07"}) {
            assertEquals(s, ReportingPeriod.parse(s).toString());
        }
    }

    @Test
    public void startEndAndNext() {
        ReportingPeriod q4 = ReportingPeriod.parse("2026-Q4");
        assertEquals(LocalDate.of(2026, 10, 1), q4.start());
        assertEquals(LocalDate.of(2026, 12, 31), q4.end());
        assertEquals("2027-Q1", q4.next().toString());
        assertEquals(LocalDate.of(2026, 6, 30), ReportingPeriod.parse("2026-H1").end());
        assertEquals(LocalDate.of(2028, 2, 29), ReportingPeriod.parse("2028-02").end());
        assertEquals("2026-Q3", ReportingPeriod.containing(LocalDate.of(2026, 9, 30), ReportingPeriod.Kind.QUARTER)
                .toString());
    }

    @Test(expected = IllegalArgumentException.class)
    public void rejectsAQuarterFive() {
        ReportingPeriod.parse("2026-Q5");
    }
}
