package kz.police.lps.unit.juvenile.internal.cover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.error.VersionMismatchException;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.norm.RunNorms;
import kz.police.lps.core.api.org.Absence;
import kz.police.lps.core.api.org.AbsenceKind;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerNames;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.organisation.Assignments;
import kz.police.lps.unit.juvenile.internal.organisation.UnitOrganisation;
import kz.police.lps.unit.juvenile.internal.school.SchoolEntity;

/**
 * Absences of juvenile inspectors and the head's cover orders (WF-J3, BR-J06, N-J4, L877-881). An absence longer than
 * the threshold (norm {@value #THRESHOLD}, 30 working days counted with the region's calendar across holidays) needs
 * an order of the head naming the juvenile inspector of an ADJACENT precinct: adjacency is derived from the core's
 * organisation tree over the precincts the two hold by the unit's assignments (the same precinct when it is the
 * absent school inspector's school's adjacent precinct, or two precincts under one parent node). Until the order is
 * issued the unit's head has the task {@value #TASK_KIND}. The order registers the absence with its cover in the core,
 * whose task sweep moves the absent officer's open tasks to the cover and back; ending it early ends that absence.
 */
@Component(service = CoverOrders.class)
public class CoverOrders {

    public static final String SUBJECT = "juvenile.cover-order";
    public static final String ABSENCE_SUBJECT = "officer.absence";
    public static final String TASK_KIND = "juvenile.cover-order";
    public static final String THRESHOLD = "juvenile.cover.absence-threshold";
    /** How long the head has for the order (configurable: the text gives no deadline). */
    public static final String ORDER_DEADLINE = "juvenile.cover.order-deadline";
    private static final String CHANNEL = "juvenile";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final TaskService tasks;
    private final WorkingCalendar calendar;
    private final OfficerService officers;
    private final OrgService org;
    private final NormService norms;
    private final Assignments assignments;
    private final UnitOrganisation organisation;

    @Activate
    public CoverOrders(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference TaskService tasks, @Reference WorkingCalendar calendar,
            @Reference OfficerService officers, @Reference OrgService org, @Reference NormService norms,
            @Reference Assignments assignments, @Reference UnitOrganisation organisation) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.tasks = tasks;
        this.calendar = calendar;
        this.officers = officers;
        this.org = org;
        this.norms = norms;
        this.assignments = assignments;
        this.organisation = organisation;
    }

    // ------------------------------------------------------------------------------------------------ absences

    /**
     * Records an absence of a juvenile officer in the core (the head only). Longer than the threshold and not over
     * yet: the head's task "cover order needed", in the same transaction.
     */
    public JuvenileAbsence recordAbsence(Caller caller, NewAbsence in) {
        access.requireHead(caller, AuditAction.CREATE, ABSENCE_SUBJECT, null);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.officerId() == null) {
            errors.add("officerId", "required");
        }
        periodChecks(errors, in.kind(), in.from(), in.to());
        String note = Checks.text(errors, "note", in.note(), 500, false);
        errors.throwIfAny();
        Officer officer = access.unitOfficer(caller, "officerId", in.officerId(), AuditAction.CREATE,
                ABSENCE_SUBJECT, null);
        officer.absences().stream().filter(a -> CoverRules.overlap(a.from(), a.to(), in.from(), in.to()))
                .findFirst().ifPresent(a -> {
                    throw ValidationException.of("from", "juvenile.cover.overlap", a.from(), a.to());
                });
        LocalDate today = today();
        Caller system = Caller.system(CHANNEL);
        return jpa.txExpr(TransactionType.Required, em -> {
            Absence a = officers.addAbsence(system, officer.id(),
                    new Absence(null, officer.id(), in.kind(), in.from(), in.to(), note, null));
            RunNorms run = new RunNorms(norms);
            JuvenileAbsence view = view(run, officer, a, false);
            if (view.coverOrderRequired() && !a.to().isBefore(today)) {
                tasks.createMissing(system, List.of(coverOrderTask(view, organisation.unitNodeOf(officer))));
            }
            audit.record(caller, AuditAction.CREATE, ABSENCE_SUBJECT, a.id(), officer.departmentId());
            return view;
        });
    }

    /**
     * The absences of juvenile officers in the caller's scope not over yet, earliest first; only those needing a
     * cover order and without one when {@code uncoveredOnly}.
     */
    public Page<JuvenileAbsence> absences(Caller caller, Long officerId, boolean uncoveredOnly, PageRequest page) {
        access.requireReader(caller, ABSENCE_SUBJECT, null);
        List<Officer> list = officerId == null ? unitOfficers(caller)
                : List.of(access.unitOfficer(caller, "officer", officerId, AuditAction.READ, ABSENCE_SUBJECT, null));
        List<JuvenileAbsence> all = current(new RunNorms(norms), list, uncoveredOnly);
        audit.record(caller, AuditAction.READ, ABSENCE_SUBJECT + "s", officerId == null ? null : "officer " + officerId,
                null);
        List<JuvenileAbsence> window = all.subList(Math.min(page.offset(), all.size()),
                Math.min(page.offset() + page.limit(), all.size()));
        return new Page<>(window, all.size(), page.limit(), page.offset());
    }

    /** The head's tasks "cover order needed" for the recurring source (absences recorded in the core directly). */
    List<NewTask> coverOrderTasks() {
        Caller system = Caller.system(TASK_KIND);
        List<Officer> list = unitOfficers(system);
        Map<Long, Officer> byId = new HashMap<>();
        list.forEach(o -> byId.put(o.id(), o));
        Map<Long, Long> units = new HashMap<>();
        return current(new RunNorms(norms), list, true).stream().map(a -> coverOrderTask(a, units.computeIfAbsent(
                a.officerId(), id -> organisation.unitNodeOf(byId.get(id))))).toList();
    }

    private List<JuvenileAbsence> current(RunNorms run, List<Officer> list, boolean uncoveredOnly) {
        LocalDate today = today();
        List<Object[]> away = new ArrayList<>();
        for (Officer o : list) {
            if (o.status() != OfficerStatus.ACTIVE) {
                continue;
            }
            for (Absence a : o.absences()) {
                if (!a.to().isBefore(today)) {
                    away.add(new Object[] {o, a});
                }
            }
        }
        Set<Long> ordered = orderedAbsenceIds(away.stream().map(w -> ((Absence) w[1]).id()).toList());
        List<JuvenileAbsence> out = new ArrayList<>();
        for (Object[] w : away) {
            Officer o = (Officer) w[0];
            Absence a = (Absence) w[1];
            boolean covered = CoverRules.covered(a, o.absences(), ordered);
            JuvenileAbsence v = view(run, o, a, covered);
            if (!uncoveredOnly || v.coverOrderRequired() && !covered) {
                out.add(v);
            }
        }
        out.sort(Comparator.comparing(JuvenileAbsence::from).thenComparing(JuvenileAbsence::officerId)
                .thenComparing(JuvenileAbsence::id));
        return out;
    }

    private NewTask coverOrderTask(JuvenileAbsence a, long unitNode) {
        String title = "Ауыстыру туралы бұйрық қажет / нужен приказ о замещении (КТІ УПИ): " + a.officerName() + ", "
                + a.from() + " – " + a.to() + " (" + a.workingDays() + " жұмыс күні / раб. дн.)";
        return NewTask.byNorm(JuvenileAccess.UNIT, TASK_KIND, title, ABSENCE_SUBJECT, a.id(), unitNode, null,
                ORDER_DEADLINE, null).withOriginKey(TASK_KIND + ":" + a.id());
    }

    // ------------------------------------------------------------------------------------------------ orders

    /**
     * Issues a cover order (the head only): the cover must be another juvenile officer on duty, not away then, holding
     * a precinct adjacent to the absent one's (422 naming {@code coverOfficerId}); registers the absence with its
     * cover in the core, completes the "cover order needed" task and audits, in one transaction.
     */
    public CoverOrder issue(Caller caller, NewCoverOrder in) {
        access.requireHead(caller, AuditAction.CREATE, SUBJECT, null);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.officerId() == null) {
            errors.add("officerId", "required");
        }
        if (in.coverOfficerId() == null) {
            errors.add("coverOfficerId", "required");
        }
        String orderNo = Checks.text(errors, "orderNo", in.orderNo(), 50, true);
        if (in.orderDate() == null) {
            errors.add("orderDate", "required");
        } else if (in.orderDate().isAfter(today())) {
            errors.add("orderDate", "date.future");
        }
        String note = Checks.text(errors, "note", in.note(), 500, false);
        if (in.absenceId() == null) {
            periodChecks(errors, in.kind(), in.from(), in.to());
        } else if (in.from() != null && in.to() != null && in.to().isBefore(in.from())) {
            errors.add("to", "date.before", "from");
        }
        errors.throwIfAny();
        Officer absent = access.unitOfficer(caller, "officerId", in.officerId(), AuditAction.CREATE, SUBJECT, null);
        String path = access.departmentPath(caller, "officerId", absent.departmentId(), AuditAction.CREATE, SUBJECT,
                null);
        Absence base = null;
        AbsenceKind kind = in.kind();
        LocalDate from = in.from();
        LocalDate to = in.to();
        if (in.absenceId() != null) {
            base = absent.absences().stream().filter(a -> a.id().equals(in.absenceId())).findFirst()
                    .orElseThrow(() -> ValidationException.of("absenceId", "juvenile.cover.absence-unknown",
                            String.valueOf(in.absenceId())));
            kind = base.kind();
            from = from == null ? base.from() : from;
            to = to == null ? base.to() : to;
            if (from.isBefore(base.from()) || to.isAfter(base.to()) || to.isBefore(from)) {
                throw ValidationException.of("to", "juvenile.cover.outside-absence", base.from(), base.to());
            }
            Set<Long> ordered = orderedAbsenceIds(List.of(base.id()));
            if (CoverRules.covered(base, absent.absences(), ordered)) {
                throw new ConflictException("absenceId", "juvenile.cover.already-covered");
            }
        }
        Officer cover = requireCover(caller, absent, in.coverOfficerId(), from, to);
        Absence covered = base;
        AbsenceKind k = kind;
        LocalDate f = from;
        LocalDate t = to;
        Caller system = Caller.system(CHANNEL);
        String order = "Бұйрық / приказ № " + orderNo + " (" + in.orderDate() + ")";
        return jpa.txExpr(TransactionType.Required, em -> {
            Absence registered = officers.addAbsence(system, absent.id(),
                    new Absence(null, absent.id(), k, f, t, order, cover.id()));
            CoverOrderEntity e = new CoverOrderEntity();
            e.officerId = absent.id();
            e.absenceId = covered == null ? null : covered.id();
            e.coverAbsenceId = registered.id();
            e.absenceKind = k;
            e.dateFrom = f;
            e.dateTo = t;
            e.coverOfficerId = cover.id();
            e.orderNo = orderNo;
            e.orderDate = in.orderDate();
            e.note = note;
            e.status = CoverStatus.ACTIVE;
            e.departmentId = absent.departmentId();
            e.departmentPath = path;
            e.createdBy = caller.username();
            e.createdAt = Instant.now();
            em.persist(e);
            em.flush();
            if (covered != null) {
                tasks.completeAll(system, TASK_KIND, ABSENCE_SUBJECT, String.valueOf(covered.id()),
                        order + ", " + caller.username());
            }
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.id, e.departmentId);
            return toDto(e);
        });
    }

    /**
     * Ends a cover order early (the head only; If-Match): the absence registered with it ends on {@code endedOn}, so
     * from the next day the core routes the officer's tasks back to them.
     */
    public CoverOrder end(Caller caller, long id, Long expectedVersion, CoverEnd body) {
        access.requireHead(caller, AuditAction.UPDATE, SUBJECT, id);
        if (expectedVersion == null) {
            throw VersionMismatchException.missing();
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        String reason = Checks.text(errors, "reason", body == null ? null : body.reason(), 500, false);
        errors.throwIfAny();
        LocalDate endedOn = body == null || body.endedOn() == null ? today() : body.endedOn();
        return jpa.txExpr(TransactionType.Required, em -> {
            CoverOrderEntity e = find(em, caller, id, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.version);
            if (e.status == CoverStatus.ENDED) {
                throw new ConflictException("status", "juvenile.cover.ended");
            }
            if (endedOn.isBefore(e.orderDate)) {
                throw ValidationException.of("endedOn", "date.before", e.orderDate);
            }
            if (!endedOn.isAfter(e.dateTo)) {
                officers.endAbsence(Caller.system(CHANNEL), e.officerId, e.coverAbsenceId,
                        endedOn.isBefore(e.dateFrom) ? e.dateFrom : endedOn);
            }
            e.end(endedOn, caller.username(), reason);
            audit.record(caller, AuditAction.UPDATE, SUBJECT, id, e.departmentId);
            em.flush();
            return toDto(e);
        });
    }

    public CoverOrder get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            CoverOrderEntity e = find(em, caller, id, AuditAction.READ);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.departmentId);
            return toDto(e);
        });
    }

    /** Cover orders in the caller's scope, latest first: in force today or not; of one officer (absent or cover). */
    public Page<CoverOrder> list(Caller caller, Boolean active, Long officerId, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" FROM CoverOrderEntity c WHERE c.departmentPath LIKE :scope");
        params.put("scope", scope + "%");
        if (officerId != null) {
            where.append(" AND (c.officerId = :o OR c.coverOfficerId = :o)");
            params.put("o", officerId);
        }
        if (active != null) {
            where.append(active ? " AND c.status = :st AND c.dateTo >= :today"
                    : " AND (c.status <> :st OR c.dateTo < :today)");
            params.put("st", CoverStatus.ACTIVE);
            params.put("today", today());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<CoverOrderEntity> q = em.createQuery("SELECT c" + where
                    + " ORDER BY c.dateFrom DESC, c.id DESC", CoverOrderEntity.class).setFirstResult(page.offset())
                    .setMaxResults(page.limit());
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(c)" + where, Long.class);
            params.forEach((key, v) -> {
                q.setParameter(key, v);
                count.setParameter(key, v);
            });
            List<CoverOrder> items = q.getResultList().stream().map(this::toDto).toList();
            audit.record(caller, AuditAction.READ, SUBJECT + "s", officerId == null ? null : "officer " + officerId,
                    null);
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static void periodChecks(ValidationException.Collector errors, AbsenceKind kind, LocalDate from,
            LocalDate to) {
        if (kind == null) {
            errors.add("kind", "required");
        }
        if (from == null) {
            errors.add("from", "required");
        }
        if (to == null) {
            errors.add("to", "required");
        } else if (from != null && to.isBefore(from)) {
            errors.add("to", "date.before", "from");
        }
    }

    /**
     * The cover: another juvenile officer on duty in the caller's scope (403 first), not away on any day of the
     * period, holding a precinct adjacent to one the absent officer holds (or their school's adjacent precinct).
     */
    private Officer requireCover(Caller caller, Officer absent, long coverId, LocalDate from, LocalDate to) {
        String field = "coverOfficerId";
        if (coverId == absent.id()) {
            throw ValidationException.of(field, "juvenile.cover.self");
        }
        Officer cover;
        try {
            cover = officers.get(Caller.system(CHANNEL), coverId);
        } catch (RuntimeException e) {
            throw ValidationException.of(field, "juvenile.cover.not-on-duty", String.valueOf(coverId));
        }
        if (cover.departmentId() == null) {
            throw ValidationException.of(field, "juvenile.cover.not-on-duty", String.valueOf(coverId));
        }
        access.departmentPath(caller, field, cover.departmentId(), AuditAction.CREATE, SUBJECT, null);
        if (cover.status() != OfficerStatus.ACTIVE || !JuvenileAccess.UNIT.equals(cover.unitType())) {
            throw ValidationException.of(field, "juvenile.cover.not-on-duty", String.valueOf(coverId));
        }
        if (cover.absences().stream().anyMatch(a -> CoverRules.overlap(a.from(), a.to(), from, to))) {
            throw ValidationException.of(field, "juvenile.cover.away", String.valueOf(coverId));
        }
        Set<Long> served = servedPrecincts(absent.id());
        if (served.isEmpty()) {
            throw ValidationException.of("officerId", "juvenile.cover.no-precinct");
        }
        if (!adjacent(served, assignments.precinctsOf(coverId))) {
            throw ValidationException.of(field, "juvenile.cover.not-adjacent", OfficerNames.full(cover));
        }
        return cover;
    }

    /** The precincts an officer serves: those assigned, and the adjacent precinct of each school assigned. */
    private Set<Long> servedPrecincts(long officerId) {
        Set<Long> out = new HashSet<>(assignments.precinctsOf(officerId));
        for (Long school : assignments.schoolsOf(officerId)) {
            jpa.tx(TransactionType.Supports, em -> {
                SchoolEntity s = em.find(SchoolEntity.class, school);
                if (s != null && s.getAdjacentPrecinctId() != null) {
                    out.add(s.getAdjacentPrecinctId());
                }
            });
        }
        return out;
    }

    private boolean adjacent(Set<Long> served, List<Long> coverPrecincts) {
        Caller system = Caller.system(CHANNEL);
        Map<Long, Long> parents = new HashMap<>();
        for (long a : served) {
            for (long b : coverPrecincts) {
                Long pa = parents.computeIfAbsent(a, id -> org.get(system, id).parentId());
                Long pb = parents.computeIfAbsent(b, id -> org.get(system, id).parentId());
                if (CoverRules.adjacent(a, pa, b, pb)) {
                    return true;
                }
            }
        }
        return false;
    }

    private JuvenileAbsence view(RunNorms run, Officer o, Absence a, boolean covered) {
        int threshold = run.effective(THRESHOLD, o.departmentId()).intValue();
        int days = calendar.workingDaysBetween(a.from(), a.to());
        return new JuvenileAbsence(a.id(), o.id(), OfficerNames.full(o), o.departmentId(), a.kind(), a.from(), a.to(),
                a.note(), a.coverOfficerId(), days, threshold, CoverRules.orderRequired(days, threshold), covered);
    }

    private Set<Long> orderedAbsenceIds(List<Long> absenceIds) {
        Set<Long> out = new HashSet<>();
        for (int i = 0; i < absenceIds.size(); i += 500) {
            List<Long> chunk = absenceIds.subList(i, Math.min(i + 500, absenceIds.size()));
            out.addAll(jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                    "SELECT c.absenceId FROM CoverOrderEntity c WHERE c.absenceId IN :ids", Long.class)
                    .setParameter("ids", chunk).getResultList()));
        }
        return out;
    }

    /** The unit's officers in the caller's scope, every page. */
    private List<Officer> unitOfficers(Caller caller) {
        int size = PageRequest.MAX_LIMIT;
        List<Officer> out = new ArrayList<>();
        for (int offset = 0;; offset += size) {
            Page<Officer> p = officers.list(caller, null, JuvenileAccess.UNIT, new PageRequest(size, offset,
                    List.of()));
            out.addAll(p.items());
            if (p.items().size() < size || out.size() >= p.total()) {
                return out;
            }
        }
    }

    private CoverOrderEntity find(EntityManager em, Caller caller, long id, AuditAction action) {
        CoverOrderEntity e = em.find(CoverOrderEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.departmentPath, e.departmentId, action, SUBJECT, id);
        return e;
    }

    private LocalDate today() {
        return LocalDate.now(calendar.zone());
    }

    private CoverOrder toDto(CoverOrderEntity e) {
        return new CoverOrder(e.id, e.officerId, e.absenceId, e.coverAbsenceId, e.absenceKind, e.dateFrom, e.dateTo,
                calendar.workingDaysBetween(e.dateFrom, e.dateTo), e.coverOfficerId, e.orderNo, e.orderDate, e.note,
                e.status, e.endedOn, e.endedBy, e.endReason, e.departmentId, e.createdBy, e.createdAt, e.version);
    }
}
