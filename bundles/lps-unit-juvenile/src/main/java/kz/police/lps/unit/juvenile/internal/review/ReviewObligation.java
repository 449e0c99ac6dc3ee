package kz.police.lps.unit.juvenile.internal.review;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
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
 * BR-J10 (L1100-1102): for every juvenile affairs unit and review level, one task per period of the level's norm
 * (a month for the unit's head, a quarter for the ЖПҚ head), due by the period's end, origin key
 * {@code juvenile.review:<level>:<period>:<unit id>}. The task belongs to the unit node and is assigned to no one
 * (the reviewers above the unit have no officer record the unit could pick): the unit's heads in scope see it. A
 * period already reviewed gets none; recording the review completes it.
 */
@Component(service = {TaskSource.class, ReviewObligation.class})
public class ReviewObligation implements TaskSource {

    public static final String ID = "juvenile.review";
    public static final String NODE_SUBJECT = "org-unit";

    private final UnitNodes nodes;
    private final NormService norms;
    private final WorkingCalendar calendar;
    private final JpaTemplate jpa;

    @Activate
    public ReviewObligation(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
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

    public static String originKey(ReviewLevel level, ReportingPeriod period, long unitId) {
        return ID + ":" + level.code() + ":" + period + ":" + unitId;
    }

    @Override
    public Stream<NewTask> tasks(LocalDate today) {
        RunNorms run = new RunNorms(norms);
        LocalDate since = today.withDayOfYear(1).minusMonths(3);
        Set<String> done = reviewedSince(since);
        return nodes.all().stream().flatMap(node -> Arrays.stream(ReviewLevel.values()).map(level -> {
            ReportingPeriod period = Periodicity.periodOf(run.effective(level.normKey(), node.id(), node.path()),
                    today);
            NewTask t = task(node, level, period);
            return done.contains(t.originKey()) ? null : t;
        })).filter(Objects::nonNull);
    }

    /** The node's occurrence for the level and the period holding the day. */
    public Optional<NewTask> occurrence(OrgUnit node, ReviewLevel level, ReportingPeriod period) {
        return Optional.of(task(node, level, period));
    }

    /** The period of the level's norm, as in force in the node's region, that holds the day. */
    public ReportingPeriod periodOf(ReviewLevel level, long nodeId, LocalDate day) {
        return Periodicity.periodOf(norms.effective(level.normKey(), nodeId), day);
    }

    /** The origin keys of the periods already reviewed since the day, so that they get no task. */
    private Set<String> reviewedSince(LocalDate since) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Set<String> keys = new HashSet<>();
            for (Object[] r : em.createQuery("SELECT e.level, e.period, e.departmentId FROM ReviewEntity e"
                    + " WHERE e.reviewedOn >= :since", Object[].class).setParameter("since", since).getResultList()) {
                keys.add(ID + ":" + ((ReviewLevel) r[0]).code() + ":" + r[1] + ":" + r[2]);
            }
            return keys;
        });
    }

    private NewTask task(OrgUnit node, ReviewLevel level, ReportingPeriod period) {
        return NewTask.dueAt(JuvenileUnit.ID, ID, "КТІ жұмысының қорытындыларын қарау / рассмотрение итогов работы"
                + " ПДН (" + level.label().ru() + "): " + node.code() + ", " + period, NODE_SUBJECT, node.id(),
                node.id(), null, calendar.endOf(period.end())).withOriginKey(originKey(level, period, node.id()));
    }
}
