package kz.police.lps.unit.district.internal.planning;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormBinding;
import kz.police.lps.core.api.norm.NormLimit;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.norm.NormUnit;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.unit.district.internal.PublicReportObligation;
import kz.police.lps.unit.district.internal.WorkStatementObligation;

public class PlanningRulesTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Test
    public void aPeriodOfTheNormsKindOnly() {
        assertEquals(new ReportingPeriod(2026, ReportingPeriod.Kind.MONTH, 11),
                PlanningRules.period("month", "2026-11", ReportingPeriod.Kind.MONTH));
        assertEquals(new ReportingPeriod(2026, ReportingPeriod.Kind.QUARTER, 4),
                PlanningRules.period("quarter", " 2026-Q4 ", ReportingPeriod.Kind.QUARTER));
        assertRefused("month", "district.planning.period-kind", () -> PlanningRules.period("month", "2026-Q4",
                ReportingPeriod.Kind.MONTH));
        assertRefused("month", "calendar.period", () -> PlanningRules.period("month", "2026-13",
                ReportingPeriod.Kind.MONTH));
        assertRefused("quarter", "required", () -> PlanningRules.period("quarter", " ",
                ReportingPeriod.Kind.QUARTER));
    }

    @Test
    public void aDayWithinAPeriodBothEndsIncluded() {
        ReportingPeriod q4 = ReportingPeriod.parse("2026-Q4");
        assertTrue(PlanningRules.within(q4, LocalDate.of(2026, 10, 1)));
        assertTrue(PlanningRules.within(q4, LocalDate.of(2026, 12, 31)));
        assertFalse(PlanningRules.within(q4, LocalDate.of(2026, 9, 30)));
        assertFalse(PlanningRules.within(q4, LocalDate.of(2027, 1, 1)));
        assertFalse(PlanningRules.within(q4, null));
    }

    @Test
    public void aPlanApprovedOnOrAfterTheMonthsFirstDayIsLate() {
        ReportingPeriod december = ReportingPeriod.parse("2026-12");
        assertFalse("before the month's work (BR-20)", PlanningRules.approvedLate(december, LocalDate.of(2026, 11, 30)));
        assertTrue(PlanningRules.approvedLate(december, LocalDate.of(2026, 12, 1)));
        assertTrue(PlanningRules.approvedLate(december, LocalDate.of(2026, 12, 31)));
        assertFalse("still open on its last day", PlanningRules.over(december, LocalDate.of(2026, 12, 31)));
        assertTrue(PlanningRules.over(december, LocalDate.of(2027, 1, 1)));
    }

    @Test
    public void aStatementOfAMonthNotBegunIsRefused() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        assertFalse(PlanningRules.future(ReportingPeriod.parse("2026-11"), today));
        assertFalse(PlanningRules.future(ReportingPeriod.parse("2026-10"), today));
        assertTrue(PlanningRules.future(ReportingPeriod.parse("2026-12"), today));
    }

    @Test
    public void daysLateCountFromTheDueDayInTheCalendarsZone() {
        // due by the end of 20 Dec 2026 in Almaty (18:59:59 UTC)
        Instant due = LocalDate.of(2026, 12, 20).atTime(LocalTime.MAX).atZone(ALMATY).toInstant();
        assertEquals(0, PlanningRules.daysLate(due, LocalDate.of(2026, 12, 20), ALMATY));
        assertEquals(1, PlanningRules.daysLate(due, LocalDate.of(2026, 12, 21), ALMATY));
        assertEquals(12, PlanningRules.daysLate(due, LocalDate.of(2027, 1, 1), ALMATY));
        assertEquals(0, PlanningRules.daysLate(due, LocalDate.of(2026, 12, 1), ALMATY));
    }

    /** The occurrence a held report or a statement completes is the one the unit's obligations create. */
    @Test
    public void theOriginKeyIsTheObligationsOwn() {
        LocalDate today = LocalDate.of(2026, 11, 25);
        NewTask report = one(new PublicReportObligation(officers(57L), norms(NormUnit.PER_QUARTER), calendar())
                .tasks(today).collect(Collectors.toList()));
        assertEquals(PlanningRules.originKey("district.public-report", ReportingPeriod.parse("2026-Q4"), 57L),
                report.originKey());
        assertEquals("officer", report.subjectType());
        assertEquals(PeriodicObligations.OFFICER_SUBJECT, report.subjectType());
        NewTask statement = one(new WorkStatementObligation(officers(57L), norms(NormUnit.PER_MONTH), calendar())
                .tasks(today).collect(Collectors.toList()));
        assertEquals(PlanningRules.originKey("district.work-statement", ReportingPeriod.parse("2026-11"), 57L),
                statement.originKey());
        assertEquals("57", statement.subjectId());
    }

    // ---------------------------------------------------------------------------------------------------------

    private static NewTask one(List<NewTask> tasks) {
        assertEquals(1, tasks.size());
        return tasks.get(0);
    }

    private static void assertRefused(String field, String code, Runnable r) {
        try {
            r.run();
            fail("refused: " + field);
        } catch (ValidationException e) {
            assertEquals(field, e.errors().get(0).field());
            assertEquals(code, e.errors().get(0).code());
        }
    }

    private static OfficerService officers(long id) {
        Officer o = new Officer(id, "P-1", "Демоұлы", "Демо", null, "капитан", "инспектор", 9L, "district",
                OfficerStatus.ACTIVE, null, null, 1L);
        return (OfficerService) Proxy.newProxyInstance(OfficerService.class.getClassLoader(),
                new Class<?>[] {OfficerService.class}, (p, m, a) -> {
                    if (m.getName().equals("list")) {
                        return new Page<>(List.of(o), 1, 500, 0);
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    private static NormService norms(NormUnit unit) {
        return (NormService) Proxy.newProxyInstance(NormService.class.getClassLoader(),
                new Class<?>[] {NormService.class}, (p, m, a) -> {
                    if (m.getName().equals("effective")) {
                        return new Norm((String) a[0], "district", new LocalizedText("n", null, null),
                                BigDecimal.ONE, null, unit, NormLimit.AT_LEAST, NormBinding.MANDATORY, BigDecimal.ONE,
                                "act", "L1", false);
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    private static WorkingCalendar calendar() {
        return (WorkingCalendar) Proxy.newProxyInstance(WorkingCalendar.class.getClassLoader(),
                new Class<?>[] {WorkingCalendar.class}, (p, m, a) -> {
                    if (m.getName().equals("endOf")) {
                        return ((LocalDate) a[0]).atTime(LocalTime.MAX).atZone(ALMATY).toInstant();
                    }
                    if (m.getName().equals("zone")) {
                        return ALMATY;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }
}
