package kz.police.lps.unit.district.internal.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.OfficerObligation;
import kz.police.lps.core.api.task.Periodicity;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.core.api.task.TaskQuery;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.core.api.task.TaskSource;
import kz.police.lps.core.api.task.TaskStatus;
import kz.police.lps.unit.district.internal.DistrictUnit;

/**
 * The recurring obligations of every district officer (the quarterly report to the population, the monthly
 * statement): their period as a region's periodicity norm sets it, and the completion of one officer's occurrence
 * for one period when the record that fulfils it is written. The occurrence is found by kind, subject
 * ({@code officer}, id) and origin key, so a report held in the fourth quarter never completes a third-quarter task
 * still open. When the scheduler has not created the occurrence yet (a report recorded on the quarter's first
 * morning, or a statement of a month before the unit was installed), it is created first as the obligation's
 * {@link TaskSource} would create it, so the scheduler finds it done instead of opening it later.
 */
@Component(service = PeriodicObligations.class)
public class PeriodicObligations {

    /** The subject type {@link kz.police.lps.core.api.task.OfficerObligation} gives its tasks. */
    public static final String OFFICER_SUBJECT = "officer";

    private final TaskService tasks;
    private final NormService norms;
    private final List<TaskSource> sources = new CopyOnWriteArrayList<>();

    @Activate
    public PeriodicObligations(@Reference TaskService tasks, @Reference NormService norms) {
        this.tasks = tasks;
        this.norms = norms;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(TaskSource source) {
        sources.add(source);
    }

    void removeSource(TaskSource source) {
        sources.remove(source);
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
     * Completes the officer's occurrence of the obligation for the period, creating it first when the scheduler has
     * not; returns the task's id, or empty when it is already done (a second report in a quarter completes nothing)
     * or the obligation's source is not there. The caller has already been allowed to write the record that fulfils
     * the obligation, and that record is audited as theirs; the task's bookkeeping is the platform's, so it works
     * while the task sits with a covering officer (textbook L369-374) and the outcome names the caller.
     */
    public Optional<Long> complete(Caller caller, String kind, Officer officer, ReportingPeriod period,
            String outcome) {
        long officerId = officer.id();
        String origin = PlanningRules.originKey(kind, period, officerId);
        Caller system = Caller.system(DistrictUnit.ID);
        Optional<Task> occurrence = occurrence(system, kind, officerId, origin);
        if (occurrence.isEmpty()) {
            // this officer's occurrence alone, not the whole obligation of every officer
            Optional<NewTask> due = sources.stream()
                    .filter(s -> DistrictUnit.ID.equals(s.unitId()) && kind.equals(s.id()))
                    .filter(OfficerObligation.class::isInstance).map(OfficerObligation.class::cast)
                    .findFirst().flatMap(s -> s.occurrence(officer, period))
                    .filter(t -> origin.equals(t.originKey()));
            if (due.isEmpty()) {
                return Optional.empty();
            }
            // what the scheduler does on its runs: bulk creation is the platform's
            tasks.createMissing(system, List.of(due.get()));
            occurrence = occurrence(system, kind, officerId, origin);
        }
        if (occurrence.isEmpty() || occurrence.get().status() != TaskStatus.OPEN) {
            return Optional.empty();
        }
        Task t = occurrence.get();
        tasks.complete(system, t.id(), t.version(), outcome + " (" + caller.username() + ")");
        return Optional.of(t.id());
    }

    /** The officer's occurrence with this origin key, in any status. */
    private Optional<Task> occurrence(Caller caller, String kind, long officerId, String origin) {
        return tasks.search(caller, new TaskQuery(null, null, null, null, null, DistrictUnit.ID, kind,
                OFFICER_SUBJECT, String.valueOf(officerId), null), PageRequest.first(PageRequest.MAX_LIMIT))
                .items().stream().filter(t -> origin.equals(t.originKey())).findFirst();
    }
}
