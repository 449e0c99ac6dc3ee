package kz.police.lps.unit.juvenile.internal.inspection;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.norm.RunNorms;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Periodicity;
import kz.police.lps.core.api.task.TaskSource;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.JuvenileUnit;
import kz.police.lps.unit.juvenile.internal.control.UnitNodes;

/**
 * BR-J11 (N-J10, L1104-1110): at least one inspection of every juvenile affairs unit's work per quarter (norm
 * {@code juvenile.inspection.by-lps-head}): one task per unit node and period, due by the period's end, assigned to
 * no one (the ЖПҚ head or deputy has no officer record the unit could pick), origin key
 * {@code juvenile.inspection:<period>:<unit id>}; a period already inspected gets none. An entry in the inspection
 * results journal completes it.
 */
@Component(service = {TaskSource.class, InspectionObligation.class})
public class InspectionObligation implements TaskSource {

    public static final String ID = "juvenile.inspection";
    public static final String NORM = "juvenile.inspection.by-lps-head";
    public static final String NODE_SUBJECT = "org-unit";

    private final UnitNodes nodes;
    private final NormService norms;
    private final WorkingCalendar calendar;
    private final JpaTemplate jpa;

    @Activate
    public InspectionObligation(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference UnitNodes nodes,
            @Reference NormService norms, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.nodes = nodes;
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

    public static String originKey(ReportingPeriod period, long unitId) {
        return ID + ":" + period + ":" + unitId;
    }

    @Override
    public Stream<NewTask> tasks(LocalDate today) {
        RunNorms run = new RunNorms(norms);
        Set<String> done = inspectedSince(today.withDayOfYear(1).minusMonths(6));
        return nodes.all().stream().map(node -> task(node, Periodicity.periodOf(run.effective(NORM, node.id(),
                node.path()), today))).filter(t -> !done.contains(t.originKey()));
    }

    public Optional<NewTask> occurrence(OrgUnit node, ReportingPeriod period) {
        return Optional.of(task(node, period));
    }

    public ReportingPeriod periodOf(long nodeId, LocalDate day) {
        return Periodicity.periodOf(norms.effective(NORM, nodeId), day);
    }

    /** The origin keys of the periods already inspected since the day, so that they get no task. */
    private Set<String> inspectedSince(LocalDate since) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Set<String> keys = new HashSet<>();
            for (Object[] r : em.createQuery("SELECT e.period, e.departmentId FROM InspectionEntity e"
                    + " WHERE e.inspectedOn >= :since", Object[].class).setParameter("since", since).getResultList()) {
                keys.add(ID + ":" + r[0] + ":" + r[1]);
            }
            return keys;
        });
    }

    private NewTask task(OrgUnit node, ReportingPeriod period) {
        return NewTask.dueAt(JuvenileUnit.ID, ID, "КТІ жұмысын ұйымдастыруды тексеру / проверка организации работы"
                + " ПДН: " + node.code() + ", " + period, NODE_SUBJECT, node.id(), node.id(), null,
                calendar.endOf(period.end())).withOriginKey(originKey(period, node.id()));
    }
}
