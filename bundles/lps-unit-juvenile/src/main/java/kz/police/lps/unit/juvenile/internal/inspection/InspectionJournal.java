package kz.police.lps.unit.juvenile.internal.inspection;

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
 * The journal of JAU work inspection results (WF-J4 step 6, BR-J11, N-J10; L1104-1110; US-J15): the ЖПҚ head, the
 * transport IAB head or a deputy inspects how the unit's work is organised at least once a quarter and writes it
 * here. They act through the unit's head role or as {@code lps-admin}; an entry completes the quarter's task of the
 * unit ({@link InspectionObligation}) in the same transaction as the entry and its audit row.
 */
@Component(service = InspectionJournal.class)
public class InspectionJournal {

    public static final String SUBJECT = "juvenile.inspection";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final WorkingCalendar calendar;
    private final UnitNodes nodes;
    private final Occurrences occurrences;
    private final InspectionObligation obligation;

    @Activate
    public InspectionJournal(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference WorkingCalendar calendar, @Reference UnitNodes nodes,
            @Reference Occurrences occurrences, @Reference InspectionObligation obligation) {
        this.obligation = obligation;
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
        this.nodes = nodes;
        this.occurrences = occurrences;
    }

    public Inspection record(Caller caller, NewInspection in) {
        access.requireHead(caller, AuditAction.CREATE, SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.unitId() == null) {
            errors.add("unitId", "required");
        }
        String name = Checks.text(errors, "inspectorName", in.inspectorName(), 200, true);
        String position = Checks.text(errors, "inspectorPosition", in.inspectorPosition(), 200, false);
        String findings = Checks.text(errors, "findings", in.findings(), 4000, true);
        String proposals = Checks.text(errors, "proposals", in.proposals(), 4000, false);
        LocalDate today = LocalDate.now(calendar.zone());
        LocalDate on = in.inspectedOn() == null ? today : in.inspectedOn();
        if (on.isAfter(today)) {
            errors.add("inspectedOn", "date.future");
        }
        errors.throwIfAny();
        OrgUnit node = nodes.field("unitId", in.unitId());
        String path = access.departmentPath(caller, "unitId", node.id(), AuditAction.CREATE, SUBJECT, null);
        InspectionObligation source = obligation;
        ReportingPeriod period = source.periodOf(node.id(), on);
        return jpa.txExpr(TransactionType.Required, em -> {
            InspectionEntity e = new InspectionEntity();
            e.setDepartmentId(node.id());
            e.setDepartmentPath(path);
            e.setPeriod(period.toString());
            e.setInspectedOn(on);
            e.setInspectorName(name);
            e.setInspectorPosition(position);
            e.setFindings(findings);
            e.setProposals(proposals);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            e.setTaskId(occurrences.complete(caller, InspectionObligation.ID, InspectionObligation.NODE_SUBJECT,
                    node.id(), InspectionObligation.originKey(period, node.id()),
                    () -> source.occurrence(node, period),
                    "тексеру нәтижелерінің журналы / журнал результатов проверок № " + e.getId() + ", " + on)
                    .orElse(null));
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), e.getDepartmentId());
            return toDto(e);
        });
    }

    public Inspection get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            InspectionEntity e = em.find(InspectionEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, SUBJECT, id);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** The journal in the caller's scope, latest first; of one unit when given. */
    public Page<Inspection> list(Caller caller, Long unitId, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String where = " FROM InspectionEntity e WHERE e.departmentPath LIKE :scope"
                + (unitId != null ? " AND e.departmentId = :unit" : "");
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<InspectionEntity> q = em.createQuery("SELECT e" + where
                    + " ORDER BY e.inspectedOn DESC, e.id DESC", InspectionEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.limit());
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            for (TypedQuery<?> t : List.of(q, count)) {
                t.setParameter("scope", scope + "%");
                if (unitId != null) {
                    t.setParameter("unit", unitId);
                }
            }
            List<Inspection> items = q.getResultList().stream().map(InspectionJournal::toDto).toList();
            audit.record(caller, AuditAction.READ, SUBJECT + "s", null, unitId);
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    static Inspection toDto(InspectionEntity e) {
        return new Inspection(e.getId(), e.getDepartmentId(), e.getPeriod(), e.getInspectedOn(),
                e.getInspectorName(), e.getInspectorPosition(), e.getFindings(), e.getProposals(), e.getTaskId(),
                e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }
}
