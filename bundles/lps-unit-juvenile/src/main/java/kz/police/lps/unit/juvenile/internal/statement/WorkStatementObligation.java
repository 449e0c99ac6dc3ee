package kz.police.lps.unit.juvenile.internal.statement;

import java.time.Instant;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.task.OfficerObligation;
import kz.police.lps.core.api.task.TaskSource;
import kz.police.lps.unit.juvenile.internal.JuvenileUnit;

/**
 * The monthly statement of work done of every juvenile officer on duty (BR-J09, N-J8, L902-906): one task per officer
 * and month of {@code juvenile.work-statement.periodicity}, due by the end of the 1st of the next month (norm
 * {@code juvenile.work-statement.due-day}, {@link StatementRules#dueDay}) rather than the month's end the core's
 * obligation gives. The core does not know an officer's role (inspector, school inspector or head), so every officer
 * of the unit gets the task; the head's is cancelled or completed by hand.
 */
@Component(service = {TaskSource.class, WorkStatementObligation.class})
public class WorkStatementObligation extends OfficerObligation {

    public static final String ID = "juvenile.work-statement";
    public static final String PERIODICITY = "juvenile.work-statement.periodicity";
    public static final String DUE_DAY = "juvenile.work-statement.due-day";

    private final NormService norms;
    private final WorkingCalendar calendar;

    @Activate
    public WorkStatementObligation(@Reference OfficerService officers, @Reference NormService norms,
            @Reference WorkingCalendar calendar) {
        super(officers, norms, calendar);
        this.norms = norms;
        this.calendar = calendar;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String unitId() {
        return JuvenileUnit.ID;
    }

    @Override
    protected String periodicityNorm() {
        return PERIODICITY;
    }

    @Override
    protected String title(ReportingPeriod period) {
        return "Атқарылған жұмыс туралы анықтама / справка о проделанной работе " + period;
    }

    /** By the 1st of the next month, not the month's end (N-J8, L902-906). */
    @Override
    protected Instant dueAt(ReportingPeriod month, Officer officer) {
        return dueAt(month, officer.departmentId());
    }

    /** The due instant of the statement of a month in the department's region. */
    public Instant dueAt(ReportingPeriod month, Long departmentId) {
        return calendar.endOf(StatementRules.dueDay(month, norms.intValue(DUE_DAY, departmentId)));
    }
}
