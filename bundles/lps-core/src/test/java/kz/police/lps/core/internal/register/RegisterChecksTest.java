package kz.police.lps.core.internal.register;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.Test;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormBinding;
import kz.police.lps.core.api.norm.NormLimit;
import kz.police.lps.core.api.norm.NormUnit;
import kz.police.lps.core.api.register.RegisterDefinition;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.unit.CardAlert;

public class RegisterChecksTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final LocalizedText T = new LocalizedText("Профилактикалық есеп", "Профучёт", "Preventive");
    private static final RegisterDefinition REGISTER = new RegisterDefinition("district.preventive", "district", T,
            false, CardAlert.Severity.WARNING, "mia-order-1095", "L643", false);

    private static Norm norm(long value, NormUnit unit) {
        return new Norm("district.preventive.check-periodicity", "district", T, BigDecimal.valueOf(value), null, unit,
                NormLimit.AT_LEAST, NormBinding.CONFIGURABLE, BigDecimal.valueOf(value), null, null, false);
    }

    private static RegisterChecks.Candidate candidate(LocalDate lastCheckedOn) {
        return new RegisterChecks.Candidate(4711, "district.preventive", 12L, 57L, lastCheckedOn);
    }

    @Test
    public void oneTaskPerRegistrationAndMonthDueAtTheEndOfTheMonthsLastDay() {
        NewTask t = RegisterChecks.task(candidate(null), REGISTER, norm(1, NormUnit.PER_MONTH),
                LocalDate.of(2026, 7, 14), ALMATY).orElseThrow();
        assertEquals("register-check:4711:2026-07", t.originKey());
        assertEquals(RegisterService.CHECK_TASK_KIND, t.kind());
        assertEquals("district", t.unitId());
        assertEquals(RegisterService.SUBJECT, t.subjectType());
        assertEquals("4711", t.subjectId());
        assertEquals(Long.valueOf(12), t.departmentId());
        assertEquals(Long.valueOf(57), t.assigneeId());
        // 31 July 23:59:59.999999 in Almaty (UTC+5) is 18:59:59.999999 UTC
        assertEquals(Instant.parse("2026-07-31T18:59:59.999999Z"), t.dueAt());
        assertTrue(t.title().contains("2026-07"));
    }

    @Test
    public void quarterAndYearPeriods() {
        ReportingPeriod q = RegisterChecks.period(norm(1, NormUnit.PER_QUARTER), LocalDate.of(2026, 11, 3));
        assertEquals("2026-Q4", q.toString());
        assertEquals("register-check:9:2026-Q4", RegisterChecks.originKey(9, q));
        assertEquals(Instant.parse("2026-12-31T18:59:59.999999Z"), RegisterChecks.dueAt(q, ALMATY));
        NewTask t = RegisterChecks.task(candidate(LocalDate.of(2026, 9, 30)), REGISTER, norm(1, NormUnit.PER_QUARTER),
                LocalDate.of(2026, 11, 3), ALMATY).orElseThrow();
        assertEquals("checked last quarter: due this quarter", "register-check:4711:2026-Q4", t.originKey());
        assertEquals("register-check:4711:2026", RegisterChecks.task(candidate(null), REGISTER,
                norm(1, NormUnit.PER_YEAR), LocalDate.of(2026, 2, 1), ALMATY).orElseThrow().originKey());
        assertEquals("register-check:4711:2026-H2", RegisterChecks.task(candidate(null), REGISTER,
                norm(1, NormUnit.PER_HALF_YEAR), LocalDate.of(2026, 7, 1), ALMATY).orElseThrow().originKey());
    }

    @Test
    public void noTaskOnceAPeriodHasItsCheckOrWhenTheRegionAsksForNone() {
        assertTrue(RegisterChecks.task(candidate(LocalDate.of(2026, 7, 1)), REGISTER, norm(1, NormUnit.PER_MONTH),
                LocalDate.of(2026, 7, 14), ALMATY).isEmpty());
        assertTrue(RegisterChecks.task(candidate(null), REGISTER, norm(0, NormUnit.PER_MONTH),
                LocalDate.of(2026, 7, 14), ALMATY).isEmpty());
        assertFalse("checked last month", RegisterChecks.task(candidate(LocalDate.of(2026, 6, 30)), REGISTER,
                norm(1, NormUnit.PER_MONTH), LocalDate.of(2026, 7, 1), ALMATY).isEmpty());
    }

    @Test(expected = IllegalArgumentException.class)
    public void aDurationIsNoPeriodicity() {
        RegisterChecks.period(norm(5, NormUnit.WORKING_DAYS), LocalDate.of(2026, 7, 14));
    }

    @Test
    public void aPeriodNeedingSeveralChecksCompletesWithTheLast() {
        assertTrue(RegisterChecks.completes(1, norm(1, NormUnit.PER_MONTH)));
        assertFalse(RegisterChecks.completes(1, norm(2, NormUnit.PER_MONTH)));
        assertTrue(RegisterChecks.completes(2, norm(2, NormUnit.PER_MONTH)));
        assertFalse(RegisterChecks.completes(5, norm(0, NormUnit.PER_MONTH)));
    }

    @Test
    public void theAlertNamesRegisterAndGroundInThreeLanguages() {
        CardAlert a = RegisterAlertSource.alert(REGISTER, new LocalizedText("қорғау нұсқамасы", "защитное предписание",
                "protective order"));
        assertEquals("district", a.unitId());
        assertEquals("register:district.preventive", a.code());
        assertEquals(CardAlert.Severity.WARNING, a.severity());
        assertEquals("On the register: Preventive (protective order)", a.text().en());
        assertEquals("Состоит на учёте: Профучёт (защитное предписание)", a.text().ru());
        assertEquals("Есепте тұр: Профилактикалық есеп (қорғау нұсқамасы)", a.text().kk());
    }
}
