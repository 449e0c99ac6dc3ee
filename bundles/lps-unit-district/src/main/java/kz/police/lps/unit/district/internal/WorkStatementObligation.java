package kz.police.lps.unit.district.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.task.OfficerObligation;
import kz.police.lps.core.api.task.TaskSource;

/** The monthly statement of work done, to the ЖПҚ head or deputy (WF-6; N-15, textbook L437-441). */
@Component(service = TaskSource.class)
public class WorkStatementObligation extends OfficerObligation {

    @Activate
    public WorkStatementObligation(@Reference OfficerService officers, @Reference NormService norms,
            @Reference WorkingCalendar calendar) {
        super(officers, norms, calendar);
    }

    @Override
    public String unitId() {
        return DistrictUnit.ID;
    }

    @Override
    public String id() {
        return "district.work-statement";
    }

    @Override
    protected String periodicityNorm() {
        return "district.work-statement.periodicity";
    }

    @Override
    protected String title(ReportingPeriod period) {
        return "Атқарылған жұмыс туралы анықтама / справка о проделанной работе " + period;
    }
}
