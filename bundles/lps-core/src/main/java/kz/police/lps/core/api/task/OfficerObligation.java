package kz.police.lps.core.api.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

/**
 * A recurring obligation of every officer on duty of the unit (a monthly statement, a quarterly report): one task
 * per officer and period of a periodicity norm, due by the end of the period, with the origin key
 * {@code <id>:<period>:<officer id>}. A unit extends it and registers it as a {@link TaskSource}.
 */
public abstract class OfficerObligation implements TaskSource {

    private final OfficerService officers;
    private final NormService norms;
    private final WorkingCalendar calendar;

    protected OfficerObligation(OfficerService officers, NormService norms, WorkingCalendar calendar) {
        this.officers = officers;
        this.norms = norms;
        this.calendar = calendar;
    }

    /** The norm giving the periodicity ({@code PER_MONTH}, {@code PER_QUARTER}, ...) as in force in each region. */
    protected abstract String periodicityNorm();

    /** The task's title for the period. */
    protected abstract String title(ReportingPeriod period);

    @Override
    public Stream<NewTask> tasks(LocalDate today) {
        Caller system = Caller.system(id());
        return officersOfUnit(system).filter(o -> o.status() == OfficerStatus.ACTIVE).map(o -> {
            ReportingPeriod period = Periodicity.periodOf(norms.effective(periodicityNorm(), o.departmentId()),
                    today);
            return task(o, period);
        });
    }

    /**
     * The officer's occurrence for the period, as {@link #tasks} gives it on the period's days: for a record that
     * fulfils the obligation before the scheduler has created the occurrence. Empty when it gives the officer none
     * (not on duty, not the unit's officer) or the period is not one of the norm's periods in the officer's region.
     */
    public Optional<NewTask> occurrence(Officer officer, ReportingPeriod period) {
        if (officer.status() != OfficerStatus.ACTIVE || !unitId().equals(officer.unitType())) {
            return Optional.empty();
        }
        ReportingPeriod p = Periodicity.periodOf(norms.effective(periodicityNorm(), officer.departmentId()),
                period.start());
        if (!p.equals(period)) {
            return Optional.empty();
        }
        return Optional.of(task(officer, p));
    }

    /**
     * When the officer's task for the period is due: by the end of the period's last day, unless the obligation
     * says otherwise (e.g. a monthly statement due by the 1st of the next month).
     */
    protected java.time.Instant dueAt(ReportingPeriod period, Officer officer) {
        return calendar.endOf(period.end());
    }

    private NewTask task(Officer o, ReportingPeriod period) {
        return NewTask.dueAt(unitId(), id(), title(period), "officer", o.id(), o.departmentId(), o.id(),
                dueAt(period, o)).withOriginKey(id() + ":" + period + ":" + o.id());
    }

    /** The unit's officers, a page at a time. */
    private Stream<Officer> officersOfUnit(Caller system) {
        Page<Officer> first = officers.list(system, null, unitId(), PageRequest.first(PageRequest.MAX_LIMIT));
        int pages = (int) ((first.total() + PageRequest.MAX_LIMIT - 1) / PageRequest.MAX_LIMIT);
        return Stream.concat(first.items().stream(), IntStream.range(1, Math.max(1, pages)).boxed()
                .flatMap(p -> officers.list(system, null, unitId(), new PageRequest(PageRequest.MAX_LIMIT,
                        p * PageRequest.MAX_LIMIT, List.of())).items().stream()));
    }
}
