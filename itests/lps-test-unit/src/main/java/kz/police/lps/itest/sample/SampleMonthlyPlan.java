package kz.police.lps.itest.sample;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.task.OfficerObligation;
import kz.police.lps.core.api.task.TaskSource;

/**
 * A recurring obligation: every sample officer writes a plan once per period of the norm
 * {@value #PERIODICITY} (a month), due by the period's last day.
 */
@Component(service = TaskSource.class)
public class SampleMonthlyPlan extends OfficerObligation {

    public static final String ID = "sample.monthly-plan";
    static final String PERIODICITY = "sample.plan.periodicity";

    @Activate
    public SampleMonthlyPlan(@Reference OfficerService officers, @Reference NormService norms,
            @Reference WorkingCalendar calendar) {
        super(officers, norms, calendar);
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
    protected String periodicityNorm() {
        return PERIODICITY;
    }

    @Override
    protected String title(ReportingPeriod period) {
        return "Plan for " + period;
    }
}
