package kz.police.lps.unit.district.internal.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.Periodicity;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.core.api.task.TaskQuery;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.core.api.task.TaskStatus;
import kz.police.lps.unit.district.internal.DistrictUnit;

/**
 * The recurring obligations of every district officer (the quarterly report to the population, the monthly
 * statement): their period as a region's periodicity norm sets it, and the completion of one officer's occurrence
 * for one period when the record that fulfils it is written. The occurrence is found by kind, subject
 * ({@code officer}, id) and origin key, so a report held in the fourth quarter never completes a third-quarter task
 * still open.
 */
@Component(service = PeriodicObligations.class)
public class PeriodicObligations {

    /** The subject type {@link kz.police.lps.core.api.task.OfficerObligation} gives its tasks. */
    public static final String OFFICER_SUBJECT = "officer";

    private final TaskService tasks;
    private final NormService norms;

    @Activate
    public PeriodicObligations(@Reference TaskService tasks, @Reference NormService norms) {
        this.tasks = tasks;
        this.norms = norms;
    }

    /** The kind of period of the periodicity norm as in force in the department's region. */
    public ReportingPeriod.Kind kind(String normKey, Long departmentId) {
        return Periodicity.kindOf(norms.effective(normKey, departmentId).unit())
                .orElseThrow(() -> new IllegalStateException(normKey + " is not a periodicity"));
    }

    /** The period of the periodicity norm, as in force in the department's region, that contains the day. */
    public ReportingPeriod periodOf(String normKey, Long departmentId, LocalDate day) {
        return Periodicity.periodOf(norms.effective(normKey, departmentId), day);
    }

    /** How many times per period the norm asks for (e.g. at least 1 report per quarter). */
    public int required(String normKey, Long departmentId) {
        return norms.intValue(normKey, departmentId);
    }

    /**
     * Completes the officer's open occurrence of the obligation for the period with the caller (its assignee, or a
     * head of the unit in scope); returns the task's id, or empty when the scheduler has not created it yet or it is
     * already done (a second report in a quarter completes nothing).
     */
    public Optional<Long> complete(Caller caller, String kind, long officerId, ReportingPeriod period,
            String outcome) {
        String origin = PlanningRules.originKey(kind, period, officerId);
        List<Task> open = tasks.search(caller, new TaskQuery(null, TaskStatus.OPEN, null, null, null, DistrictUnit.ID,
                kind, OFFICER_SUBJECT, String.valueOf(officerId), null), PageRequest.first(PageRequest.MAX_LIMIT))
                .items();
        for (Task t : open) {
            if (origin.equals(t.originKey())) {
                tasks.complete(caller, t.id(), t.version(), outcome);
                return Optional.of(t.id());
            }
        }
        return Optional.empty();
    }
}
