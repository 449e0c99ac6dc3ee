package kz.police.lps.unit.district.internal;

import java.util.Optional;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.OfficerObligation;
import kz.police.lps.core.api.task.Periodicity;

/**
 * A recurring obligation of every district officer that can also give one officer's occurrence on its own: when a
 * record fulfilling it is written before the scheduler has created the occurrence, the occurrence is built for that
 * officer alone instead of generating every officer's. It is the task {@link OfficerObligation#tasks} gives the
 * officer for the period (same kind, title, due instant, subject, assignee and origin key
 * {@code <id>:<period>:<officer id>}); the core's class offers no such method yet, so it is built here the same way.
 */
public abstract class DistrictOfficerObligation extends OfficerObligation {

    private final NormService norms;
    private final WorkingCalendar calendar;

    protected DistrictOfficerObligation(OfficerService officers, NormService norms, WorkingCalendar calendar) {
        super(officers, norms, calendar);
        this.norms = norms;
        this.calendar = calendar;
    }

    /**
     * The officer's occurrence for the period, as {@link #tasks} gives it on the period's days; empty when it gives
     * the officer none (not on duty, not the unit's officer) or the period is not one of the norm's periods in the
     * officer's region.
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
        return Optional.of(NewTask.dueAt(unitId(), id(), title(p), "officer", officer.id(), officer.departmentId(),
                officer.id(), calendar.endOf(p.end())).withOriginKey(id() + ":" + p + ":" + officer.id()));
    }
}
