package kz.police.lps.itest.sample;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Periodicity;
import kz.police.lps.core.api.task.TaskSource;

/**
 * A recurring obligation: every sample officer writes a plan once per period of the norm
 * {@value #PERIODICITY} (a month), due by the period's last day.
 */
@Component(service = TaskSource.class)
public class SampleMonthlyPlan implements TaskSource {

    public static final String ID = "sample.monthly-plan";
    static final String PERIODICITY = "sample.plan.periodicity";

    private final OfficerService officers;
    private final NormService norms;
    private final WorkingCalendar calendar;

    @Activate
    public SampleMonthlyPlan(@Reference OfficerService officers, @Reference NormService norms,
            @Reference WorkingCalendar calendar) {
        this.officers = officers;
        this.norms = norms;
        this.calendar = calendar;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String unitId() {
        return SampleUnit.ID;
    }

    @Override
    public Stream<NewTask> tasks(LocalDate today) {
        Caller system = Caller.system(ID);
        return officers.list(system, null, SampleUnit.ID, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .map(o -> task(o, Periodicity.periodOf(norms.effective(PERIODICITY, o.departmentId()), today)));
    }

    private NewTask task(Officer o, ReportingPeriod period) {
        return NewTask.dueAt(SampleUnit.ID, ID, "Plan for " + period, "officer", o.id(), o.departmentId(), o.id(),
                calendar.endOf(period.end())).withOriginKey(ID + ":" + period + ":" + o.id());
    }
}
