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

/**
 * The report to the population of the precinct, at least once a quarter (WF-5; N-13, Law on the internal affairs
 * bodies Art. 9-1 part 3, textbook L82-86).
 */
@Component(service = TaskSource.class)
public class PublicReportObligation extends OfficerObligation {

    @Activate
    public PublicReportObligation(@Reference OfficerService officers, @Reference NormService norms,
            @Reference WorkingCalendar calendar) {
        super(officers, norms, calendar);
    }

    @Override
    public String unitId() {
        return DistrictUnit.ID;
    }

    @Override
    public String id() {
        return "district.public-report";
    }

    @Override
    protected String periodicityNorm() {
        return "district.public-report.periodicity";
    }

    @Override
    protected String title(ReportingPeriod period) {
        return "Халық алдындағы есеп / отчёт перед населением " + period;
    }
}
