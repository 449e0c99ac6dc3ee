package kz.police.lps.unit.district.internal.cover;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.error.VersionMismatchException;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.norm.RunNorms;
import kz.police.lps.core.api.org.Absence;
import kz.police.lps.core.api.org.AbsenceKind;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerNames;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;

/**
 * Absences of district inspectors and the head's cover orders (WF-4, BR-14, textbook L369-374). An absence longer
 * than the threshold (norm {@value #THRESHOLD}, 5 working days counted with the region's calendar) needs an order of
 * the head naming the inspector of an adjacent precinct ({@link Adjacency}); until there is one, the unit's head has
 * an open task {@value #TASK_KIND}, created when the absence is recorded through the unit and, for absences recorded
 * in the core directly, by {@link CoverOrderObligation}. An order registers the absence with its cover in the core,
 * whose task scheduler then moves the absent officer's open tasks to the cover and back once the absence is over.
 * Only heads record absences and issue and end orders; each of their acts is audited with the core's records in one
 * transaction.
 */
@Component(service = CoverOrders.class)
public class CoverOrders {

    public static final String SUBJECT = "district.cover-order";
    /** The core's subject type of an officer's absence. */
    public static final String ABSENCE_SUBJECT = "officer.absence";
    /** Task kind (and recurring source id) of "a cover order is needed". */
    public static final String TASK_KIND = "district.cover-order";
    public static final String THRESHOLD = "district.cover.absence-threshold";
    /** How long the head has for the order once the absence is recorded (configurable, WF-4 gap: no act says). */
    public static final String ORDER_DEADLINE = "district.cover.order-deadline";
    /** Ids per {@code IN} list. */
    private static final int IN_BATCH = 500;
    private static final String CHANNEL = "district";

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final TaskService tasks;
    private final WorkingCalendar calendar;
    private final OfficerService officers;
    private final OrgService org;
    private final NormService norms;
    private final Adjacency adjacency;

    @Activate
    public CoverOrders(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference TaskService tasks, @Reference WorkingCalendar calendar,
            @Reference OfficerService officers, @Reference OrgService org, @Reference NormService norms,
            @Reference(policyOption = ReferencePolicyOption.GREEDY) Adjacency adjacency) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.tasks = tasks;
        this.calendar = calendar;
        this.officers = officers;
        this.org = org;
        this.norms = norms;
        this.adjacency = adjacency;
    }

    // ------------------------------------------------------------------------------------------------ absences

    /**
     * Records an absence of a district officer in the core (the head only). Longer than the threshold and not over
     * yet: the head's task "cover order needed", in the same transaction.
     */
    public DistrictAbsence recordAbsence(Caller caller, NewAbsence in) {
        access.requireHead(caller, AuditAction.CREATE, ABSENCE_SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.officerId() == null) {
            errors.add("officerId", "required");
        }
        periodChecks(errors, in.kind(), in.from(), in.to());
        String note = Checks.text(errors, "note", in.note(), 500, false);
        errors.throwIfAny();
        Officer officer = access.unitOfficer(caller, "officerId", in.officerId(), AuditAction.CREATE,
                ABSENCE_SUBJECT, null);
        requireNoOverlap(officer, in.from(), in.to());
        LocalDate today = LocalDate.now(calendar.zone());
        Caller system = Caller.system(CHANNEL);
        return jpa.txExpr(TransactionType.Required, em -> {
            Absence a = officers.addAbsence(system, officer.id(),
                    new Absence(null, officer.id(), in.kind(), in.from(), in.to(), note, null));
            Run run = new Run();
            DistrictAbsence view = view(run, officer, a, false);
            if (view.coverOrderRequired() && !a.to().isBefore(today)) {
                tasks.createMissing(system, List.of(coverOrderTask(run, view)));
            }
            audit.record(caller, AuditAction.CREATE, ABSENCE_SUBJECT, a.id(), officer.departmentId());
            return view;
        });
    }

    /**
     * The absences of district officers in the caller's scope that are not over yet (one officer's when given),
     * earliest first, a page of them; only those longer than the threshold and without a cover when
     * {@code uncoveredOnly}. Only the page's absences are looked at in full (length, threshold, cover order).
     */
    public Page<DistrictAbsence> absences(Caller caller, Long officerId, boolean uncoveredOnly, PageRequest page) {
        access.requireReader(caller, ABSENCE_SUBJECT, null);
        Officer one = officerId == null ? null
                : access.unitOfficer(caller, "officer", officerId, AuditAction.READ, ABSENCE_SUBJECT, null);
        LocalDate today = LocalDate.now(calendar.zone());
        Run run = new Run();
        List<Away> away = new ArrayList<>();
        (one == null ? districtOfficers(caller) : Stream.of(List.of(one)))
                .forEach(officers -> away.addAll(uncoveredOnly ? uncovered(run, officers, today) : current(officers,
                        today)));
        away.sort(Away.ORDER);
        List<Away> window = away.subList(Math.min(page.offset(), away.size()),
                Math.min(page.offset() + page.limit(), away.size()));
        Set<Long> ordered = uncoveredOnly ? Set.of() : orderedAbsenceIds(window.stream().map(w -> w.absence().id())
                .toList());
        List<DistrictAbsence> items = window.stream().map(w -> view(run, w.officer(), w.absence(),
                !uncoveredOnly && CoverRules.covered(w.absence(), w.officer().absences(), ordered))).toList();
        audit.record(caller, AuditAction.READ, ABSENCE_SUBJECT + "s", one == null ? null : "officer " + officerId,
                one == null ? null : one.departmentId());
        return new Page<>(items, away.size(), page.limit(), page.offset());
    }

    /**
     * The head's tasks "cover order needed" for the absences of district officers not over yet, longer than the
     * threshold and without a cover: for the recurring source. The officers are read a page at a time, the norms and
     * the unit nodes once per region and department of the run.
     */
    Stream<NewTask> coverOrderTasks(LocalDate today) {
        Caller system = Caller.system(TASK_KIND);
        Run run = new Run();
        return districtOfficers(system).flatMap(officers -> uncovered(run, officers, today).stream())
                .map(w -> coverOrderTask(run, view(run, w.officer(), w.absence(), false)));
    }

    /**
     * The head's task for an absence that needs a cover order: due {@value #ORDER_DEADLINE} (1 working day,
     * configurable) after it is recorded.
     */
    private NewTask coverOrderTask(Run run, DistrictAbsence a) {
        String title = "Ауыстыру туралы бұйрық қажет / нужен приказ о замещении: " + a.officerName() + ", "
                + a.from() + " – " + a.to() + " (" + a.workingDays() + " жұмыс күні / раб. дн.)";
        return NewTask.byNorm(DistrictAccess.UNIT, TASK_KIND, title, ABSENCE_SUBJECT, a.id(),
                run.unitNodeOf(a.departmentId()), null, ORDER_DEADLINE, null).withOriginKey(TASK_KIND + ":" + a.id());
    }

    /** An officer's absence. */
    private record Away(Officer officer, Absence absence) {

        static final Comparator<Away> ORDER = Comparator.comparing((Away w) -> w.absence().from())
                .thenComparing(w -> w.officer().id()).thenComparing(w -> w.absence().id());
    }

    /** The absences of these officers on duty that are not over yet. */
    private static List<Away> current(List<Officer> officers, LocalDate today) {
        List<Away> out = new ArrayList<>();
        for (Officer o : officers) {
            if (o.status() != OfficerStatus.ACTIVE) {
                continue;
            }
            for (Absence a : o.absences()) {
                if (!a.to().isBefore(today)) {
                    out.add(new Away(o, a));
                }
            }
        }
        return out;
    }

    /**
     * Of the current absences of these officers, those longer than the threshold without a cover: what can be told
     * from the officer's record first, then one query for the cover orders of the rest.
     */
    private List<Away> uncovered(Run run, List<Officer> officers, LocalDate today) {
        List<Away> candidates = current(officers, today).stream()
                .filter(w -> CoverRules.orderRequired(length(run, w.officer(), w.absence()), threshold(run,
                        w.officer())))
                .filter(w -> !CoverRules.covered(w.absence(), w.officer().absences(), Set.of())).toList();
        if (candidates.isEmpty()) {
            return candidates;
        }
        Set<Long> ordered = orderedAbsenceIds(candidates.stream().map(w -> w.absence().id()).toList());
        return candidates.stream().filter(w -> !ordered.contains(w.absence().id())).toList();
    }

    // ------------------------------------------------------------------------------------------------ orders

    /**
     * Issues a cover order (the head only): checks the cover (another inspector on duty, not away then, of an
     * adjacent precinct: 422 naming {@code coverOfficerId}), registers the absence with its cover in the core,
     * completes the "cover order needed" task of the absence and audits, in one transaction.
     */
    public CoverOrder issue(Caller caller, NewCoverOrder in) {
        access.requireHead(caller, AuditAction.CREATE, SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.officerId() == null) {
            errors.add("officerId", "required");
        }
        if (in.coverOfficerId() == null) {
            errors.add("coverOfficerId", "required");
        }
        String orderNo = Checks.text(errors, "orderNo", in.orderNo(), 50, true);
        LocalDate today = LocalDate.now(calendar.zone());
        if (in.orderDate() == null) {
            errors.add("orderDate", "required");
        } else if (in.orderDate().isAfter(today)) {
            errors.add("orderDate", "date.future");
        }
        String note = Checks.text(errors, "note", in.note(), 500, false);
        if (in.absenceId() == null) {
            periodChecks(errors, in.kind(), in.from(), in.to());
        } else if (in.from() != null && in.to() != null && in.to().isBefore(in.from())) {
            errors.add("to", "date.before", "from");
        }
        errors.throwIfAny();
        Officer absent = access.unitOfficer(caller, "officerId", in.officerId(), AuditAction.CREATE, SUBJECT,
                null);
        String path = access.departmentPath(caller, "officerId", absent.departmentId(), AuditAction.CREATE, SUBJECT,
                null);
        Absence base = null;
        AbsenceKind kind = in.kind();
        LocalDate from = in.from();
        LocalDate to = in.to();
        if (in.absenceId() != null) {
            base = absent.absences().stream().filter(a -> a.id().equals(in.absenceId())).findFirst()
                    .orElseThrow(() -> ValidationException.of("absenceId", "district.cover.absence-unknown",
                            String.valueOf(in.absenceId()), String.valueOf(absent.id())));
            if (kind != null && kind != base.kind()) {
                throw ValidationException.of("kind", "district.cover.kind", base.kind());
            }
            kind = base.kind();
            from = from == null ? base.from() : from;
            to = to == null ? base.to() : to;
            if (from.isBefore(base.from()) || to.isAfter(base.to()) || to.isBefore(from)) {
                throw ValidationException.of(from.isBefore(base.from()) ? "from" : "to",
                        "district.cover.outside-absence", base.from(), base.to());
            }
            if (CoverRules.covered(base, absent.absences(), orderedAbsenceIds(List.of(base.id())))) {
                throw new ConflictException("absenceId", "district.cover.exists");
            }
        } else {
            requireNoOverlap(absent, from, to);
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
            e.setOfficerId(absent.id());
            e.setAbsenceId(covered == null ? null : covered.id());
            e.setCoverAbsenceId(registered.id());
            e.setAbsenceKind(k);
            e.setDateFrom(f);
            e.setDateTo(t);
            e.setCoverOfficerId(cover.id());
            e.setOrderNo(orderNo);
            e.setOrderDate(in.orderDate());
            e.setNote(note);
            e.setStatus(CoverStatus.ACTIVE);
            e.setDepartmentId(absent.departmentId());
            e.setDepartmentPath(path);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            em.flush();
            if (covered != null) {
                // the unit checked the head's authority; the task's bookkeeping is the platform's
                tasks.completeAll(system, TASK_KIND, ABSENCE_SUBJECT, String.valueOf(covered.id()),
                        order + ", " + caller.username());
            }
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), e.getDepartmentId());
            return toDto(e);
        });
    }

    /**
     * Ends a cover order (the head only; If-Match): the absence registered with the order ends on {@code endedOn}
     * (its first day at the earliest), so from the next day the core routes the officer's tasks back to them.
     */
    public CoverOrder end(Caller caller, long id, Long expectedVersion, CoverEnd body) {
        access.requireHead(caller, AuditAction.UPDATE, SUBJECT, id);
        if (expectedVersion == null) {
            throw VersionMismatchException.missing();
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        String reason = Checks.text(errors, "reason", body == null ? null : body.reason(), 500, false);
        errors.throwIfAny();
        LocalDate endedOn = body == null || body.endedOn() == null ? LocalDate.now(calendar.zone()) : body.endedOn();
        return jpa.txExpr(TransactionType.Required, em -> {
            CoverOrderEntity e = find(em, caller, id, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            if (e.getStatus() == CoverStatus.ENDED) {
                throw new ConflictException("status", "district.cover.ended");
            }
            if (endedOn.isBefore(e.getOrderDate())) {
                throw ValidationException.of("endedOn", "date.before", e.getOrderDate());
            }
            if (!endedOn.isAfter(e.getDateTo())) {
                officers.endAbsence(Caller.system(CHANNEL), e.getOfficerId(), e.getCoverAbsenceId(),
                        endedOn.isBefore(e.getDateFrom()) ? e.getDateFrom() : endedOn);
            }
            e.setStatus(CoverStatus.ENDED);
            e.setEndedOn(endedOn);
            e.setEndedBy(caller.username());
            e.setEndReason(reason);
            audit.record(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId());
            em.flush();
            return toDto(e);
        });
    }

    public CoverOrder get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            CoverOrderEntity e = find(em, caller, id, AuditAction.READ);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /**
     * Cover orders in the caller's scope, latest first: {@code active} true = in force today (not ended, last day
     * not past), false = the others; of one officer (absent or covering) when given.
     */
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
            params.put("today", LocalDate.now(calendar.zone()));
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<CoverOrderEntity> q = em.createQuery("SELECT c" + where + " ORDER BY c.dateFrom DESC, c.id DESC",
                    CoverOrderEntity.class).setFirstResult(page.offset()).setMaxResults(page.limit());
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(c)" + where, Long.class);
            params.forEach((k, v) -> {
                q.setParameter(k, v);
                count.setParameter(k, v);
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

    /** 422 naming {@code from} when the officer is already recorded away on one of these days. */
    private static void requireNoOverlap(Officer officer, LocalDate from, LocalDate to) {
        officer.absences().stream().filter(a -> CoverRules.overlap(a.from(), a.to(), from, to)).findFirst()
                .ifPresent(a -> {
                    throw ValidationException.of("from", "district.absence.overlap", a.from(), a.to(),
                            String.valueOf(a.id()));
                });
    }

    /**
     * The cover: another district officer on duty, not away on any day of the period, serving a precinct adjacent to
     * the absent officer's; each refusal a 422 naming {@code coverOfficerId}. 403 when outside the caller's scope,
     * checked before anything else is said of the officer.
     */
    private Officer requireCover(Caller caller, Officer absent, long coverId, LocalDate from, LocalDate to) {
        String field = "coverOfficerId";
        if (coverId == absent.id()) {
            throw ValidationException.of(field, "district.cover.self");
        }
        Officer cover;
        try {
            cover = officers.get(Caller.system(CHANNEL), coverId);
        } catch (RuntimeException e) {
            throw ValidationException.of(field, "district.cover.not-on-duty", String.valueOf(coverId));
        }
        if (cover.departmentId() == null) {
            throw ValidationException.of(field, "district.cover.not-on-duty", String.valueOf(coverId));
        }
        // the scope first: of an officer outside it the caller learns nothing (not whether away, adjacent, ...)
        access.departmentPath(caller, field, cover.departmentId(), AuditAction.CREATE, SUBJECT, null);
        if (cover.status() != OfficerStatus.ACTIVE || !DistrictAccess.UNIT.equals(cover.unitType())) {
            throw ValidationException.of(field, "district.cover.not-on-duty", String.valueOf(coverId));
        }
        if (cover.absences().stream().anyMatch(a -> CoverRules.overlap(a.from(), a.to(), from, to))) {
            throw ValidationException.of(field, "district.cover.away", String.valueOf(coverId));
        }
        if (!adjacency.adjacent(absent.id(), coverId)) {
            throw ValidationException.of(field, "district.cover.not-adjacent", String.valueOf(coverId));
        }
        return cover;
    }

    private DistrictAbsence view(Run run, Officer o, Absence a, boolean covered) {
        Norm threshold = threshold(run, o);
        return new DistrictAbsence(a.id(), o.id(), OfficerNames.full(o), o.departmentId(), a.kind(), a.from(), a.to(),
                a.note(), a.coverOfficerId(), calendar.workingDaysBetween(a.from(), a.to()), threshold.intValue(),
                CoverRules.orderRequired(length(run, o, a), threshold), covered);
    }

    private Norm threshold(Run run, Officer o) {
        return run.norms.effective(THRESHOLD, o.departmentId(), run.pathOf(o.departmentId()));
    }

    private int length(Run run, Officer o, Absence a) {
        return CoverRules.length(calendar, a.from(), a.to(), threshold(run, o).unit());
    }

    /** What one run reads once: the norms per region, the paths and the unit nodes per department. */
    private final class Run {

        final RunNorms norms = new RunNorms(CoverOrders.this.norms);
        private final Map<Long, String> paths = new HashMap<>();
        private final Map<Long, Long> unitNodes = new HashMap<>();

        String pathOf(Long departmentId) {
            return departmentId == null ? null
                    : paths.computeIfAbsent(departmentId, d -> org.pathOf(d).orElse(null));
        }

        Long unitNodeOf(Long departmentId) {
            return unitNodes.computeIfAbsent(departmentId, CoverOrders.this::unitNodeOf);
        }
    }

    /** The district unit node above a department (the head's level), else the department itself. */
    private Long unitNodeOf(Long departmentId) {
        List<OrgUnit> chain = org.ancestry(Caller.system(CHANNEL), departmentId);
        for (int i = chain.size() - 1; i >= 0; i--) {
            OrgUnit n = chain.get(i);
            if (n.kind() == OrgUnitKind.UNIT && DistrictAccess.UNIT.equals(n.unitType())) {
                return n.id();
            }
        }
        return departmentId;
    }

    /** Of these recorded absences, those a cover order of the unit refers to. */
    private Set<Long> orderedAbsenceIds(List<Long> absenceIds) {
        Set<Long> out = new HashSet<>();
        for (int i = 0; i < absenceIds.size(); i += IN_BATCH) {
            List<Long> chunk = absenceIds.subList(i, Math.min(i + IN_BATCH, absenceIds.size()));
            out.addAll(jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                    "SELECT c.absenceId FROM CoverOrderEntity c WHERE c.absenceId IN :ids", Long.class)
                    .setParameter("ids", chunk).getResultList()));
        }
        return out;
    }

    /**
     * The district officers in the caller's scope, a page at a time (read lazily). The core offers no query of the
     * absences from a day on, so every officer is read: a core query would spare that.
     */
    private Stream<List<Officer>> districtOfficers(Caller caller) {
        int size = PageRequest.MAX_LIMIT;
        Page<Officer> first = officers.list(caller, null, DistrictAccess.UNIT, PageRequest.first(size));
        int pages = (int) ((first.total() + size - 1) / size);
        return Stream.concat(Stream.of(first.items()), IntStream.range(1, Math.max(1, pages)).boxed()
                .map(p -> officers.list(caller, null, DistrictAccess.UNIT,
                        new PageRequest(size, p * size, List.of())).items()));
    }

    private CoverOrderEntity find(EntityManager em, Caller caller, long id, AuditAction action) {
        CoverOrderEntity e = em.find(CoverOrderEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, SUBJECT, id);
        return e;
    }

    private CoverOrder toDto(CoverOrderEntity e) {
        return new CoverOrder(e.getId(), e.getOfficerId(), e.getAbsenceId(), e.getCoverAbsenceId(),
                e.getAbsenceKind(), e.getDateFrom(), e.getDateTo(),
                calendar.workingDaysBetween(e.getDateFrom(), e.getDateTo()), e.getCoverOfficerId(), e.getOrderNo(),
                e.getOrderDate(), e.getNote(), e.getStatus(), e.getEndedOn(), e.getEndedBy(), e.getEndReason(),
                e.getDepartmentId(), e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }
}
