package kz.police.lps.unit.district.internal.workplan;

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
import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.error.VersionMismatchException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;
import kz.police.lps.unit.district.internal.planning.PeriodicObligations;
import kz.police.lps.unit.district.internal.planning.PlanningRules;

/**
 * Monthly work plans (WF-6, N-14, textbook L430-432): the plan of a month for a district police point or the district
 * inspectors' unit, drafted by its inspectors or head, approved by the head of the unit (BR-20). The plan is meant to
 * be approved before the month's work: an approval on or after the month's first day is still taken (officers must
 * not be left without a plan) but flagged late; a plan of a month that is over is neither drafted nor approved. On
 * approval every item becomes a task of its responsible officer, due by the end of the item's day, in the same
 * transaction as the approval and its audit record.
 */
@Component(service = WorkPlans.class)
public class WorkPlans {

    public static final String SUBJECT = "district.work-plan";
    /** Subject type of the items' tasks. */
    public static final String ITEM_SUBJECT = "district.work-plan-item";
    /** Task kind of an approved plan's item. */
    public static final String TASK_KIND = "district.work-plan-item";
    /** N-14: one plan a month. */
    public static final String NORM = "district.work-plan.periodicity";

    private static final int TEXT_MAX = 2000;
    private static final int ITEMS_MAX = 200;
    /** Plan ids per {@code IN} list. */
    private static final int IN_BATCH = 1000;

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final TaskService tasks;
    private final WorkingCalendar calendar;
    private final OrgService org;
    private final PeriodicObligations obligations;

    @Activate
    public WorkPlans(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference TaskService tasks, @Reference WorkingCalendar calendar,
            @Reference OrgService org, @Reference PeriodicObligations obligations) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.tasks = tasks;
        this.calendar = calendar;
        this.org = org;
        this.obligations = obligations;
    }

    /** A checked item, ready to store. */
    private record Checked(String text, Officer officer, LocalDate dueOn) {
    }

    /** Drafts the plan of a month for a department (one per department and month: 409 otherwise). */
    public WorkPlan draft(Caller caller, NewWorkPlan p) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (p.departmentId() == null) {
            errors.add("departmentId", "required");
        }
        if (p.month() == null || p.month().isBlank()) {
            errors.add("month", "required");
        }
        itemShapes(errors, p.items());
        errors.throwIfAny();
        long departmentId = p.departmentId();
        String path = access.departmentPath(caller, "departmentId", departmentId, AuditAction.CREATE, SUBJECT, null);
        OrgUnit department = org.get(Caller.system(DistrictAccess.UNIT), departmentId);
        if (!(department.kind() == OrgUnitKind.POLICE_POINT || department.kind() == OrgUnitKind.UNIT)
                || !DistrictAccess.UNIT.equals(department.unitType())) {
            throw ValidationException.of("departmentId", "district.work-plan.department-kind");
        }
        ReportingPeriod month = PlanningRules.period("month", p.month(), obligations.kind(NORM, departmentId));
        if (PlanningRules.over(month, LocalDate.now(calendar.zone()))) {
            throw ValidationException.of("month", "district.work-plan.month-over", month);
        }
        List<Checked> items = items(caller, p.items(), month, path, AuditAction.CREATE);
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Long> existing = em.createQuery("SELECT e.id FROM WorkPlanEntity e WHERE e.departmentId = :d"
                    + " AND e.period = :p", Long.class).setParameter("d", departmentId)
                    .setParameter("p", month.toString()).getResultList();
            if (!existing.isEmpty()) {
                throw new ConflictException("month", "district.work-plan.exists", existing.get(0));
            }
            WorkPlanEntity e = new WorkPlanEntity();
            e.setDepartmentId(departmentId);
            e.setDepartmentPath(path);
            e.setPeriod(month.toString());
            e.setStatus(WorkPlanStatus.DRAFT);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            List<WorkPlanItemEntity> stored = store(em, e.getId(), items);
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), departmentId);
            return toDto(e, stored);
        });
    }

    /**
     * Replaces the items of a draft (If-Match): a head, or whoever drafted it (another point's inspector does not
     * rewrite it, 403); an approved plan does not change (409).
     */
    public WorkPlan revise(Caller caller, long id, Long expectedVersion, List<NewWorkPlan.Item> newItems) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        WorkPlanEntity current = jpa.txExpr(TransactionType.Supports, em -> find(em, caller, id, AuditAction.UPDATE));
        if (!access.isHead(caller) && !caller.username().equals(current.getCreatedBy())) {
            throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, id, current.getDepartmentId(),
                    "neither a head nor the draft's author");
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        itemShapes(errors, newItems);
        errors.throwIfAny();
        ReportingPeriod month = ReportingPeriod.parse(current.getPeriod());
        // the plan's stored department path (the department itself may since have moved or gone)
        List<Checked> items = items(caller, newItems, month, current.getDepartmentPath(), AuditAction.UPDATE);
        return jpa.txExpr(TransactionType.Required, em -> {
            WorkPlanEntity e = find(em, caller, id, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            requireDraft(e);
            em.createQuery("DELETE FROM WorkPlanItemEntity i WHERE i.planId = :p").setParameter("p", id)
                    .executeUpdate();
            List<WorkPlanItemEntity> stored = store(em, id, items);
            e.setUpdatedBy(caller.username());
            e.setUpdatedAt(Instant.now());
            em.flush();
            audit.record(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId());
            return toDto(e, stored);
        });
    }

    /**
     * The head approves the plan (If-Match): each item becomes a task of its responsible officer. Late when on or
     * after the month's first day (BR-20); refused once the month is over.
     */
    public WorkPlan approve(Caller caller, long id, Long expectedVersion) {
        access.requireHead(caller, AuditAction.UPDATE, SUBJECT, id);
        LocalDate today = LocalDate.now(calendar.zone());
        return jpa.txExpr(TransactionType.Required, em -> {
            WorkPlanEntity e = find(em, caller, id, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            requireDraft(e);
            ReportingPeriod month = ReportingPeriod.parse(e.getPeriod());
            if (PlanningRules.over(month, today)) {
                throw ValidationException.of("month", "district.work-plan.month-over", month);
            }
            List<WorkPlanItemEntity> items = items(em, id);
            for (WorkPlanItemEntity item : items) {
                Officer officer = access.unitOfficer(caller, "items[" + (item.getItemNo() - 1) + "].officerId",
                        item.getOfficerId(), AuditAction.UPDATE, SUBJECT, id);
                Task task = tasks.create(caller, NewTask.dueAt(DistrictAccess.UNIT, TASK_KIND,
                        "Жұмыс жоспары / план работы " + month + ": " + abbreviate(item.getText()), ITEM_SUBJECT,
                        item.getId(), officer.departmentId(), officer.id(), calendar.endOf(item.getDueOn())));
                item.setTaskId(task.id());
            }
            e.setStatus(WorkPlanStatus.APPROVED);
            e.setApprovedBy(caller.username());
            e.setApprovedAt(Instant.now());
            e.setApprovedLate(PlanningRules.approvedLate(month, today));
            em.flush();
            audit.record(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId());
            return toDto(e, items);
        });
    }

    public WorkPlan get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            WorkPlanEntity e = find(em, caller, id, AuditAction.READ);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e, items(em, id));
        });
    }

    /** The plans in the caller's scope, latest month first; of one month and/or department when given. */
    public Page<WorkPlan> list(Caller caller, String month, Long departmentId, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        ReportingPeriod period = month == null ? null : PlanningRules.period("month", month, ReportingPeriod.Kind.MONTH);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String where = " FROM WorkPlanEntity e WHERE e.departmentPath LIKE :scope"
                + (period != null ? " AND e.period = :period" : "")
                + (departmentId != null ? " AND e.departmentId = :d" : "");
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<WorkPlanEntity> q = em.createQuery("SELECT e" + where + " ORDER BY e.period DESC, e.id DESC",
                    WorkPlanEntity.class).setFirstResult(page.offset()).setMaxResults(page.limit());
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            for (TypedQuery<?> t : List.of(q, count)) {
                t.setParameter("scope", scope + "%");
                if (period != null) {
                    t.setParameter("period", period.toString());
                }
                if (departmentId != null) {
                    t.setParameter("d", departmentId);
                }
            }
            List<WorkPlanEntity> found = q.getResultList();
            Map<Long, List<WorkPlanItemEntity>> items = itemsOf(em, found.stream().map(WorkPlanEntity::getId).toList());
            List<WorkPlan> plans = new ArrayList<>();
            for (WorkPlanEntity e : found) {
                plans.add(toDto(e, items.getOrDefault(e.getId(), List.of())));
            }
            long total = count.getSingleResult();
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                    "ids " + plans.stream().map(WorkPlan::id).toList());
            return new Page<>(plans, total, page.limit(), page.offset());
        });
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void itemShapes(ValidationException.Collector errors, List<NewWorkPlan.Item> items) {
        if (items == null || items.isEmpty()) {
            errors.add("items", "required");
            return;
        }
        if (items.size() > ITEMS_MAX) {
            errors.add("items", "district.work-plan.items-max", ITEMS_MAX);
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            NewWorkPlan.Item item = items.get(i);
            String at = "items[" + i + "].";
            if (item == null) {
                errors.add("items[" + i + "]", "required");
                continue;
            }
            Checks.text(errors, at + "text", item.text(), TEXT_MAX, true);
            if (item.officerId() == null) {
                errors.add(at + "officerId", "required");
            }
            if (item.dueOn() == null) {
                errors.add(at + "dueOn", "required");
            }
        }
    }

    /** The items' officers (district officers serving in the plan's department or under it) and due days. */
    private List<Checked> items(Caller caller, List<NewWorkPlan.Item> items, ReportingPeriod month, String planPath,
            AuditAction action) {
        ValidationException.Collector errors = new ValidationException.Collector();
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            NewWorkPlan.Item item = items.get(i);
            String at = "items[" + i + "].";
            if (!PlanningRules.within(month, item.dueOn())) {
                errors.add(at + "dueOn", "district.work-plan.due-outside", month);
            }
            Officer officer = access.unitOfficer(caller, at + "officerId", item.officerId(), action, SUBJECT,
                    null);
            if (!org.pathOf(officer.departmentId()).map(p -> p.startsWith(planPath)).orElse(false)) {
                errors.add(at + "officerId", "district.work-plan.officer-outside", item.officerId());
            }
            checked.add(new Checked(item.text().strip(), officer, item.dueOn()));
        }
        errors.throwIfAny();
        return checked;
    }

    private static List<WorkPlanItemEntity> store(EntityManager em, long planId, List<Checked> items) {
        List<WorkPlanItemEntity> stored = new ArrayList<>();
        int no = 1;
        for (Checked c : items) {
            WorkPlanItemEntity i = new WorkPlanItemEntity();
            i.setPlanId(planId);
            i.setItemNo(no++);
            i.setText(c.text());
            i.setOfficerId(c.officer().id());
            i.setDueOn(c.dueOn());
            em.persist(i);
            stored.add(i);
        }
        return stored;
    }

    private static void requireDraft(WorkPlanEntity e) {
        if (e.getStatus() != WorkPlanStatus.DRAFT) {
            throw new ConflictException("status", "district.work-plan.approved");
        }
    }

    /** The items of these plans, by plan, each plan's in item order: one query per {@value #IN_BATCH} plans. */
    private static Map<Long, List<WorkPlanItemEntity>> itemsOf(EntityManager em, List<Long> planIds) {
        Map<Long, List<WorkPlanItemEntity>> out = new HashMap<>();
        for (int i = 0; i < planIds.size(); i += IN_BATCH) {
            em.createQuery("SELECT i FROM WorkPlanItemEntity i WHERE i.planId IN :p ORDER BY i.planId, i.itemNo",
                    WorkPlanItemEntity.class).setParameter("p", planIds.subList(i, Math.min(i + IN_BATCH,
                            planIds.size()))).getResultList()
                    .forEach(item -> out.computeIfAbsent(item.getPlanId(), k -> new ArrayList<>()).add(item));
        }
        return out;
    }

    private static List<WorkPlanItemEntity> items(EntityManager em, long planId) {
        return em.createQuery("SELECT i FROM WorkPlanItemEntity i WHERE i.planId = :p ORDER BY i.itemNo",
                WorkPlanItemEntity.class).setParameter("p", planId).getResultList();
    }

    private WorkPlanEntity find(EntityManager em, Caller caller, long id, AuditAction action) {
        WorkPlanEntity e = em.find(WorkPlanEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, SUBJECT, id);
        return e;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    static WorkPlan toDto(WorkPlanEntity e, List<WorkPlanItemEntity> items) {
        return new WorkPlan(e.getId(), e.getDepartmentId(), e.getPeriod(), e.getStatus(), items.stream()
                .map(i -> new WorkPlan.Item(i.getId(), i.getItemNo(), i.getText(), i.getOfficerId(), i.getDueOn(),
                        i.getTaskId())).toList(), e.getApprovedBy(), e.getApprovedAt(),
                Boolean.TRUE.equals(e.getApprovedLate()), e.getCreatedBy(), e.getCreatedAt(), e.getUpdatedBy(),
                e.getUpdatedAt(), e.getVersion());
    }
}
