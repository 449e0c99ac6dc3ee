package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.error.VersionMismatchException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.school.School;
import kz.police.lps.unit.juvenile.internal.school.Schools;
import kz.police.lps.unit.juvenile.internal.schoolwork.JointPlanDtos.Item;
import kz.police.lps.unit.juvenile.internal.schoolwork.JointPlanDtos.ItemDone;
import kz.police.lps.unit.juvenile.internal.schoolwork.JointPlanDtos.JointPlan;
import kz.police.lps.unit.juvenile.internal.schoolwork.JointPlanDtos.NewItem;
import kz.police.lps.unit.juvenile.internal.schoolwork.JointPlanDtos.NewJointPlan;
import kz.police.lps.unit.juvenile.internal.schoolwork.JointPlanDtos.PoliceApproval;
import kz.police.lps.unit.juvenile.internal.schoolwork.JointPlanDtos.SchoolApproval;

/**
 * Joint activity plans of a school and its inspector (BR-J13, N-J11; L830-842, L1112-1126): exactly one per school
 * per academic quarter (409 on a second), drafted by the school's inspector (or the precinct inspector) with typed
 * items of which at least one falls in the vacation after the quarter (422 naming {@code items}); approved by the
 * school head (recorded by the inspector: name and date) and by the police (the deputy head of the body or the Local
 * Police Service head: a caller with the unit's head role, or lps-admin), in either order; then in force until the
 * quarter ends (shown as QUARTER_CLOSED), and STATEMENT_ISSUED once the quarter's statement is issued.
 */
@Component(service = JointPlans.class)
public class JointPlans {

    public static final String SUBJECT = "juvenile.joint-plan";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final Schools schools;
    private final AcademicCalendar academic;
    private final SchoolTasks tasks;
    private final WorkingCalendar calendar;

    @Activate
    public JointPlans(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference Schools schools, @Reference AcademicCalendar academic,
            @Reference SchoolTasks tasks, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.schools = schools;
        this.academic = academic;
        this.tasks = tasks;
        this.calendar = calendar;
    }

    public JointPlan create(Caller caller, NewJointPlan n) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (n.schoolId() == null) {
            errors.add("schoolId", "required");
        }
        if (n.startYear() == null) {
            errors.add("startYear", "required");
        }
        if (n.quarter() == null) {
            errors.add("quarter", "required");
        }
        String note = Checks.text(errors, "note", n.note(), 2000, false);
        if (n.items() == null || n.items().isEmpty()) {
            errors.add("items", "required");
        }
        errors.throwIfAny();
        AcademicQuarter q = jpa.txExpr(TransactionType.Supports,
                em -> academic.quarter(em, "quarter", n.startYear(), n.quarter()));
        List<NewItem> items = validItems(q, n.items());
        Officer inspector = access.actingFor(caller, "inspectorId", n.inspectorId(), AuditAction.CREATE, SUBJECT);
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            School school = schools.find(em, caller, "schoolId", n.schoolId(), AuditAction.CREATE);
            if (find(em, school.id(), q) != null) {
                throw new ConflictException("quarter", "juvenile.schoolwork.plan.exists", q.code());
            }
            JointPlanEntity e = new JointPlanEntity();
            e.setDepartmentId(school.departmentId());
            e.setDepartmentPath(schools.pathOf(em, school.id()));
            e.setSchoolId(school.id());
            e.setStartYear(q.startYear());
            e.setQuarterNo(q.quarter());
            e.setInspectorId(inspector.id());
            e.setStatus(PlanStatus.DRAFT);
            e.setNote(note);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            int pos = 1;
            for (NewItem i : items) {
                JointPlanItemEntity it = new JointPlanItemEntity();
                it.setPlanId(e.getId());
                it.setPositionNo(pos++);
                it.setItemType(i.type());
                it.setTitle(i.title().strip());
                it.setPlannedFrom(i.plannedFrom());
                it.setPlannedTo(i.plannedTo());
                it.setInVacation(AcademicYearRules.vacationItem(q, i.plannedFrom(), i.plannedTo()));
                it.setResponsible(i.responsible() == null || i.responsible().isBlank() ? null
                        : i.responsible().strip());
                em.persist(it);
            }
            em.flush();
            tasks.complete(caller, SchoolTasks.JOINT_PLAN, Schools.SUBJECT, school.id(),
                    SchoolCycleObligations.planKey(school.id(), q), "plan " + e.getId() + " drafted");
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), e.getDepartmentId(),
                    "school " + school.id() + " " + q.code() + ", " + items.size() + " items");
            return toDto(em, e, q);
        });
    }

    /** The items: each with a type, a title and dates inside the quarter and its vacation; one in the vacation. */
    static List<NewItem> validItems(AcademicQuarter q, List<NewItem> items) {
        ValidationException.Collector errors = new ValidationException.Collector();
        boolean vacation = false;
        for (int i = 0; i < items.size(); i++) {
            NewItem it = items.get(i);
            String f = "items[" + i + "].";
            if (it == null) {
                errors.add("items[" + i + "]", "required");
                continue;
            }
            if (it.type() == null) {
                errors.add(f + "type", "required");
            }
            Checks.text(errors, f + "title", it.title(), 1000, true);
            Checks.text(errors, f + "responsible", it.responsible(), 300, false);
            if (it.plannedFrom() == null) {
                errors.add(f + "plannedFrom", "required");
            }
            if (it.plannedTo() == null) {
                errors.add(f + "plannedTo", "required");
            }
            if (it.plannedFrom() == null || it.plannedTo() == null) {
                continue;
            }
            if (it.plannedTo().isBefore(it.plannedFrom())) {
                errors.add(f + "plannedTo", "date.before", it.plannedFrom());
            } else if (!q.covers(it.plannedFrom()) || !q.covers(it.plannedTo())) {
                errors.add(f + "plannedFrom", "juvenile.schoolwork.plan.item.outside", q.code(), q.startsOn(),
                        q.vacationTo());
            } else if (AcademicYearRules.vacationItem(q, it.plannedFrom(), it.plannedTo())) {
                vacation = true;
            }
        }
        errors.throwIfAny();
        if (!vacation) {
            // BR-J13: the plan covers the vacation period too (L842, L1126)
            throw ValidationException.of("items", "juvenile.schoolwork.plan.vacation", q.vacationFrom(),
                    q.vacationTo());
        }
        return items;
    }

    /** The school head's approval, recorded by the school's inspector (or the head of the unit). */
    public JointPlan approveBySchool(Caller caller, long id, Long expectedVersion, SchoolApproval a) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        ValidationException.Collector errors = new ValidationException.Collector();
        String head = Checks.text(errors, "headName", a == null ? null : a.headName(), 200, true);
        LocalDate today = LocalDate.now(calendar.zone());
        LocalDate on = a == null || a.approvedOn() == null ? today : a.approvedOn();
        if (on.isAfter(today)) {
            errors.add("approvedOn", "date.future");
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            JointPlanEntity e = writable(em, caller, id, expectedVersion);
            if (e.getSchoolApprovedOn() != null) {
                throw new ConflictException("status", "juvenile.schoolwork.plan.approved", "school");
            }
            requireApprovable(e);
            e.setSchoolApprover(head);
            e.setSchoolApprovedOn(on);
            e.setStatus(e.getPoliceApprovedOn() != null ? PlanStatus.IN_FORCE : PlanStatus.APPROVED_BY_SCHOOL);
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "approved by the school head " + head + " on " + on + " -> " + e.getStatus());
            return toDto(em, e, null);
        });
    }

    /** The police approval: the unit's head role (deputy head of the body or the LPS head) or lps-admin only. */
    public JointPlan approveByPolice(Caller caller, long id, Long expectedVersion, PoliceApproval a) {
        access.requireHead(caller, AuditAction.UPDATE, SUBJECT, id);
        LocalDate today = LocalDate.now(calendar.zone());
        LocalDate on = a == null || a.approvedOn() == null ? today : a.approvedOn();
        if (on.isAfter(today)) {
            throw ValidationException.of("approvedOn", "date.future");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            JointPlanEntity e = writable(em, caller, id, expectedVersion);
            if (e.getPoliceApprovedOn() != null) {
                throw new ConflictException("status", "juvenile.schoolwork.plan.approved", "police");
            }
            requireApprovable(e);
            e.setPoliceApprover(caller.username());
            e.setPoliceApprovedOn(on);
            e.setStatus(e.getSchoolApprovedOn() != null ? PlanStatus.IN_FORCE : PlanStatus.APPROVED_BY_POLICE);
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "approved by the police (" + caller.username() + ") on " + on + " -> " + e.getStatus());
            return toDto(em, e, null);
        });
    }

    private static void requireApprovable(JointPlanEntity e) {
        if (e.getStatus() == PlanStatus.STATEMENT_ISSUED) {
            throw new ConflictException("status", "juvenile.schoolwork.plan.status", e.getStatus());
        }
    }

    /** Records an item carried out (an approved plan only). */
    public JointPlan itemDone(Caller caller, long id, long itemId, ItemDone d) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        ValidationException.Collector errors = new ValidationException.Collector();
        String result = Checks.text(errors, "result", d == null ? null : d.result(), 2000, false);
        LocalDate today = LocalDate.now(calendar.zone());
        LocalDate on = d == null || d.doneOn() == null ? today : d.doneOn();
        if (on.isAfter(today)) {
            errors.add("doneOn", "date.future");
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            // an item's record adds to the plan without changing it: no If-Match
            JointPlanEntity e = em.find(JointPlanEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.UPDATE, SUBJECT, id);
            if (e.getStatus() != PlanStatus.IN_FORCE) {
                throw new ConflictException("status", "juvenile.schoolwork.plan.status", e.getStatus());
            }
            JointPlanItemEntity it = em.find(JointPlanItemEntity.class, itemId);
            if (it == null || it.getPlanId() != id) {
                throw new NotFoundException(SUBJECT + "-item", itemId);
            }
            it.setDoneOn(on);
            it.setResult(result);
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "item " + itemId + " done on " + on);
            return toDto(em, e, null);
        });
    }

    public JointPlan get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            JointPlanEntity e = em.find(JointPlanEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, SUBJECT, id);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(em, e, null);
        });
    }

    /** Filters; null means any. */
    public record Query(Long schoolId, Integer startYear, Integer quarter, PlanStatus status) {
    }

    public Page<JointPlan> list(Caller caller, Query q, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        StringBuilder where = new StringBuilder(" FROM JointPlanEntity e WHERE e.departmentPath LIKE :scope");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope + "%");
        if (q.schoolId() != null) {
            where.append(" AND e.schoolId = :school");
            params.put("school", q.schoolId());
        }
        if (q.startYear() != null) {
            where.append(" AND e.startYear = :year");
            params.put("year", q.startYear());
        }
        if (q.quarter() != null) {
            where.append(" AND e.quarterNo = :quarter");
            params.put("quarter", q.quarter());
        }
        if (q.status() != null) {
            where.append(" AND e.status = :status");
            params.put("status", q.status());
        }
        Page<JointPlan> result = jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<JointPlanEntity> select = em.createQuery("SELECT e" + where
                    + " ORDER BY e.startYear DESC, e.quarterNo DESC, e.id DESC", JointPlanEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            params.forEach((k, v) -> {
                select.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<JointPlan> items = new ArrayList<>();
            select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .forEach(e -> items.add(toDto(em, e, null)));
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, null, null,
                "search " + q + " -> " + result.total());
        return result;
    }

    /** The plan of a school for a quarter, or null (inside a transaction). */
    static JointPlanEntity find(EntityManager em, long schoolId, AcademicQuarter q) {
        return em.createQuery("SELECT e FROM JointPlanEntity e WHERE e.schoolId = :s AND e.startYear = :y AND "
                + "e.quarterNo = :q", JointPlanEntity.class).setParameter("s", schoolId)
                .setParameter("y", q.startYear()).setParameter("q", q.quarter()).getResultStream().findFirst()
                .orElse(null);
    }

    static List<JointPlanItemEntity> items(EntityManager em, long planId) {
        return em.createQuery("SELECT i FROM JointPlanItemEntity i WHERE i.planId = :p ORDER BY i.positionNo",
                JointPlanItemEntity.class).setParameter("p", planId).getResultList();
    }

    private JointPlanEntity writable(EntityManager em, Caller caller, long id, Long expectedVersion) {
        JointPlanEntity e = em.find(JointPlanEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.UPDATE, SUBJECT, id);
        VersionMismatchException.check(expectedVersion, e.getVersion());
        return e;
    }

    /** The status as seen today: a plan in force whose quarter has ended shows QUARTER_CLOSED. */
    static PlanStatus effective(JointPlanEntity e, AcademicQuarter q, LocalDate today) {
        if (e.getStatus() == PlanStatus.IN_FORCE && q != null && today.isAfter(q.endsOn())) {
            return PlanStatus.QUARTER_CLOSED;
        }
        return e.getStatus();
    }

    JointPlan toDto(EntityManager em, JointPlanEntity e, AcademicQuarter quarter) {
        AcademicQuarter q = quarter;
        if (q == null) {
            try {
                q = academic.quarter(em, "quarter", e.getStartYear(), e.getQuarterNo());
            } catch (ValidationException gone) {
                q = null;
            }
        }
        List<Item> items = items(em, e.getId()).stream().map(i -> new Item(i.getId(), i.getPositionNo(),
                i.getItemType(), i.getTitle(), i.getPlannedFrom(), i.getPlannedTo(), i.isInVacation(),
                i.getResponsible(), i.getDoneOn(), i.getResult())).toList();
        return new JointPlan(e.getId(), e.getDepartmentId(), e.getSchoolId(), e.getStartYear(), e.getQuarterNo(),
                e.getStartYear() + "/" + (e.getStartYear() + 1) + "-Q" + e.getQuarterNo(),
                q == null ? null : q.startsOn(), q == null ? null : q.endsOn(), e.getInspectorId(),
                effective(e, q, LocalDate.now(calendar.zone())), e.getNote(), e.getSchoolApprover(),
                e.getSchoolApprovedOn(), e.getPoliceApprover(), e.getPoliceApprovedOn(), items, e.getCreatedBy(),
                e.getCreatedAt(), e.getVersion());
    }
}
