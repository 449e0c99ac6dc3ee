package kz.police.lps.unit.district.internal;

import java.time.LocalDate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Periodicity;
import kz.police.lps.core.api.task.TaskSource;

/**
 * A recurring obligation of every district police inspector on duty: one task per period of a periodicity norm,
 * due by the end of the period (the textbook gives the period, not a day within it).
 */
abstract class InspectorObligation implements TaskSource {

    private final OfficerService officers;
    private final NormService norms;
    private final WorkingCalendar calendar;

    InspectorObligation(OfficerService officers, NormService norms, WorkingCalendar calendar) {
        this.officers = officers;
        this.norms = norms;
        this.calendar = calendar;
    }

    /** The norm giving the periodicity, e.g. {@code district.work-statement.periodicity}. */
    abstract String periodicityNorm();

    /** The task's title for the period. */
    abstract String title(ReportingPeriod period);

    @Override
    public String unitId() {
        return DistrictUnit.ID;
    }

    @Override
    public Stream<NewTask> tasks(LocalDate today) {
        Caller system = Caller.system(id());
        return inspectors(system).filter(o -> o.status() == OfficerStatus.ACTIVE).map(o -> {
            ReportingPeriod period = Periodicity.periodOf(norms.effective(periodicityNorm(), o.departmentId()),
                    today);
            return NewTask.dueAt(DistrictUnit.ID, id(), title(period), "officer", o.id(), o.departmentId(), o.id(),
                    calendar.endOf(period.end())).withOriginKey(id() + ":" + period + ":" + o.id());
        });
    }

    /** The unit's officers, a page at a time. */
    private Stream<Officer> inspectors(Caller system) {
        Page<Officer> first = officers.list(system, null, DistrictUnit.ID, PageRequest.first(PageRequest.MAX_LIMIT));
        int pages = (int) ((first.total() + PageRequest.MAX_LIMIT - 1) / PageRequest.MAX_LIMIT);
        return Stream.concat(first.items().stream(), IntStream.range(1, Math.max(1, pages)).boxed()
                .flatMap(p -> officers.list(system, null, DistrictUnit.ID, new PageRequest(PageRequest.MAX_LIMIT,
                        p * PageRequest.MAX_LIMIT, java.util.List.of())).items().stream()));
    }
}
