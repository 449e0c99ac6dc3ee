package kz.police.lps.unit.juvenile.internal.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.control.Occurrences;
import kz.police.lps.unit.juvenile.internal.control.UnitNodes;

/**
 * Reviews of the juvenile affairs unit's results (WF-J4 steps 4-5, BR-J10, N-J9; L1100-1102; US-J14): monthly by the
 * unit's head (senior inspector), quarterly by the ЖПҚ or transport IAB head or a deputy. Written by the unit's head
 * role or {@code lps-admin} with the level; recording a review completes the level's task of that unit and period
 * ({@link ReviewObligation}) in the same transaction as the record and its audit row.
 */
@Component(service = Reviews.class)
public class Reviews {

    public static final String SUBJECT = "juvenile.review";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final WorkingCalendar calendar;
    private final UnitNodes nodes;
    private final Occurrences occurrences;
    private final ReviewObligation obligation;

    @Activate
    public Reviews(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference WorkingCalendar calendar, @Reference UnitNodes nodes,
            @Reference Occurrences occurrences, @Reference ReviewObligation obligation) {
        this.obligation = obligation;
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
        this.nodes = nodes;
        this.occurrences = occurrences;
    }

    public Review record(Caller caller, NewReview in) {
        access.requireHead(caller, AuditAction.CREATE, SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.level() == null) {
            errors.add("level", "required");
        }
        if (in.unitId() == null) {
            errors.add("unitId", "required");
        }
        String name = Checks.text(errors, "reviewerName", in.reviewerName(), 200, true);
        String position = Checks.text(errors, "reviewerPosition", in.reviewerPosition(), 200, false);
        String findings = Checks.text(errors, "findings", in.findings(), 4000, true);
        String decisions = Checks.text(errors, "decisions", in.decisions(), 4000, false);
        LocalDate today = LocalDate.now(calendar.zone());
        LocalDate on = in.reviewedOn() == null ? today : in.reviewedOn();
        if (on.isAfter(today)) {
            errors.add("reviewedOn", "date.future");
        }
        errors.throwIfAny();
        OrgUnit node = nodes.field("unitId", in.unitId());
        String path = access.departmentPath(caller, "unitId", node.id(), AuditAction.CREATE, SUBJECT, null);
        ReviewObligation source = obligation;
        ReportingPeriod period = source.periodOf(in.level(), node.id(), on);
        return jpa.txExpr(TransactionType.Required, em -> {
            ReviewEntity e = new ReviewEntity();
            e.setDepartmentId(node.id());
            e.setDepartmentPath(path);
            e.setLevel(in.level());
            e.setPeriod(period.toString());
            e.setReviewedOn(on);
            e.setReviewerName(name);
            e.setReviewerPosition(position);
            e.setFindings(findings);
            e.setDecisions(decisions);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            e.setTaskId(occurrences.complete(caller, ReviewObligation.ID, ReviewObligation.NODE_SUBJECT, node.id(),
                    ReviewObligation.originKey(in.level(), period, node.id()),
                    () -> source.occurrence(node, in.level(), period),
                    "қорытындылар қаралды / итоги рассмотрены № " + e.getId() + ", " + on).orElse(null));
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), e.getDepartmentId());
            return toDto(e);
        });
    }

    public Review get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            ReviewEntity e = em.find(ReviewEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, SUBJECT, id);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** The reviews in the caller's scope, latest first; of one unit and/or level. */
    public Page<Review> list(Caller caller, Long unitId, ReviewLevel level, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String where = " FROM ReviewEntity e WHERE e.departmentPath LIKE :scope"
                + (unitId != null ? " AND e.departmentId = :unit" : "") + (level != null ? " AND e.level = :level" : "");
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<ReviewEntity> q = em.createQuery("SELECT e" + where + " ORDER BY e.reviewedOn DESC, e.id DESC",
                    ReviewEntity.class).setFirstResult(page.offset()).setMaxResults(page.limit());
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            for (TypedQuery<?> t : List.of(q, count)) {
                t.setParameter("scope", scope + "%");
                if (unitId != null) {
                    t.setParameter("unit", unitId);
                }
                if (level != null) {
                    t.setParameter("level", level);
                }
            }
            List<Review> items = q.getResultList().stream().map(Reviews::toDto).toList();
            audit.record(caller, AuditAction.READ, SUBJECT + "s", null, unitId);
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    static Review toDto(ReviewEntity e) {
        return new Review(e.getId(), e.getDepartmentId(), e.getLevel(), e.getPeriod(), e.getReviewedOn(),
                e.getReviewerName(), e.getReviewerPosition(), e.getFindings(), e.getDecisions(), e.getTaskId(),
                e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }
}
