package kz.police.lps.core.api.task;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.Test;

import kz.police.lps.core.api.Stubs;
import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.norm.NormUnit;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;

/** One officer's occurrence, built alone, is the task the whole obligation gives that officer. */
public class OfficerObligationTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    private static Officer officer(long id, long department, OfficerStatus status) {
        return new Officer(id, "P-" + id, "Surname", "Name", null, "captain", "inspector", department, "sample",
                status, null, List.of(), 1L);
    }

    private final List<Officer> staff = List.of(officer(57, 9, OfficerStatus.ACTIVE),
            officer(58, 10, OfficerStatus.ACTIVE), officer(59, 9, OfficerStatus.DISMISSED));
    private final OfficerService officers = Stubs.of(OfficerService.class, Map.of("list",
            args -> new Page<>(staff, staff.size(), ((PageRequest) args[3]).limit(), ((PageRequest) args[3]).offset())));
    // department 10's region counts the report per month, the others per quarter
    private final NormService norms = Stubs.of(NormService.class, Map.of("effective",
            args -> Stubs.norm((String) args[0], 1, Long.valueOf(10).equals(args[1]) ? NormUnit.PER_MONTH
                    : NormUnit.PER_QUARTER)));
    private final WorkingCalendar calendar = Stubs.of(WorkingCalendar.class, Map.of("endOf",
            args -> ((LocalDate) args[0]).plusDays(1).atStartOfDay(ALMATY).toInstant().minusNanos(1),
            "zone", args -> ALMATY));
    private final OfficerObligation obligation = new OfficerObligation(officers, norms, calendar) {
        @Override
        public String unitId() {
            return "sample";
        }

        @Override
        public String id() {
            return "sample.public-report";
        }

        @Override
        protected String periodicityNorm() {
            return "sample.public-report.periodicity";
        }

        @Override
        protected String title(ReportingPeriod period) {
            return "Report " + period;
        }
    };

    @Test
    public void theOccurrenceIsTheOneTheObligationGives() {
        for (Officer o : staff.subList(0, 2)) {
            ReportingPeriod period = o.departmentId() == 10 ? ReportingPeriod.parse("2026-11")
                    : ReportingPeriod.parse("2026-Q4");
            NewTask expected = obligation.tasks(period.start()).filter(t -> t.subjectId().equals(
                    String.valueOf(o.id()))).findFirst().orElseThrow();
            assertEquals(Optional.of(expected), obligation.occurrence(o, period));
            assertEquals("sample.public-report:" + period + ":" + o.id(), expected.originKey());
            assertEquals(Instant.parse(o.departmentId() == 10 ? "2026-11-30T18:59:59.999999999Z"
                    : "2026-12-31T18:59:59.999999999Z"), expected.dueAt());
        }
    }

    @Test
    public void noneForAnOfficerOffDutyOrAPeriodOfAnotherKind() {
        assertTrue(obligation.occurrence(staff.get(2), ReportingPeriod.parse("2026-Q4")).isEmpty());
        assertTrue(obligation.occurrence(staff.get(0), ReportingPeriod.parse("2026-11")).isEmpty());
        assertTrue(obligation.occurrence(officer(60, 9, OfficerStatus.ACTIVE), ReportingPeriod.parse("2026-Q4"))
                .isPresent());
    }
}
