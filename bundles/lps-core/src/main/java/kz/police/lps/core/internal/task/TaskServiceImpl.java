package kz.police.lps.core.internal.task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.error.VersionMismatchException;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Roles;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.core.api.task.TaskQuery;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.core.api.task.TaskSource;
import kz.police.lps.core.api.task.TaskStatus;
import kz.police.lps.core.internal.db.CoreSchema;
import kz.police.lps.core.internal.db.JpqlQuery;
import kz.police.lps.core.internal.model.OfficerEntity;
import kz.police.lps.core.internal.org.DepartmentPaths;
import kz.police.lps.core.api.error.Checks;

/**
 * Tasks in {@code LPS_TASK}. Creation computes the due instant from a norm through the working-day calendar; the
 * scheduler's {@link #sweep} creates the recurring sources' tasks, routes tasks of absent officers to their cover and
 * escalates overdue ones to the nearest head of the owning unit. Writes are audited in the same transaction; bulk
 * writes leave one audit row per batch.
 */
@Component(service = TaskService.class, configurationPid = "kz.police.lps.tasks")
@Designate(ocd = TaskConfig.class)
public class TaskServiceImpl implements TaskService {

    static final String SUBJECT = "task";
    private static final int BATCH = 500;
    private static final int TEXT_MAX = 1000;
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
    private static final Map<String, String> SORT = Map.of("dueAt", "dueAt", "createdAt", "createdAt", "id", "id",
            "status", "status", "kind", "kind");
    private static final Logger LOG = LoggerFactory.getLogger(TaskServiceImpl.class);

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final DepartmentPaths paths;
    private final NormService norms;
    private final WorkingCalendar calendar;
    private final OfficerService officers;
    private final List<TaskSource> sources = new CopyOnWriteArrayList<>();
    private final ReentrantLock sweeping = new ReentrantLock();
    private volatile Duration grace;

    @Activate
    public TaskServiceImpl(@Reference(target = "(osgi.unit.name=lps-core)") JpaTemplate jpa,
            @Reference(target = CoreSchema.TARGET) SchemaReady schema, @Reference AuditService audit,
            @Reference DepartmentPaths paths, @Reference NormService norms, @Reference WorkingCalendar calendar,
            @Reference OfficerService officers, TaskConfig config) {
        this.jpa = jpa;
        this.audit = audit;
        this.paths = paths;
        this.norms = norms;
        this.calendar = calendar;
        this.officers = officers;
        modified(config);
    }

    @Modified
    void modified(TaskConfig config) {
        this.grace = Duration.ofMinutes(Math.max(0, config.escalationGraceMinutes()));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSource(TaskSource source) {
        sources.add(source);
    }

    void removeSource(TaskSource source) {
        sources.remove(source);
    }

    // ------------------------------------------------------------------------------------------------ create

    @Override
    public Task create(Caller caller, NewTask task) {
        Instant now = Instant.now();
        ValidationException.Collector errors = new ValidationException.Collector();
        Prepared p = prepare(task, "", now, errors, new HashMap<>());
        errors.throwIfAny();
        Long me = officerOf(caller);
        boolean forSelf = task.assigneeId() != null && task.assigneeId().equals(me);
        if (!TaskAccess.creates(caller, task.unitId(), p.path(), forSelf)) {
            throw audit.denied(caller, AuditAction.CREATE, SUBJECT, null, task.departmentId(),
                    forSelf ? "no role of unit " + task.unitId() + " in scope" : "not a head of " + task.unitId());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            if (task.originKey() != null && !existingOrigins(em, List.of(task.originKey())).isEmpty()) {
                throw new ConflictException("originKey", "conflict");
            }
            if (task.assigneeId() != null) {
                requireAssignable(em, caller, "assigneeId", task.assigneeId(), task.unitId());
            }
            TaskEntity e = entity(task, p, caller, now);
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), e.getDepartmentId(),
                    e.getKind() + " due " + e.getDueAt() + " assignee " + e.getAssigneeId());
            return toDto(e);
        });
    }

    @Override
    public int createMissing(Caller caller, List<NewTask> tasks) {
        return createMissing(caller, tasks, null);
    }

    /**
     * With a source: an invalid occurrence is logged and left out, so one bad record never stops a source's other
     * occurrences; without: any invalid occurrence refuses the whole list (422 naming {@code tasks[i].field}).
     */
    private int createMissing(Caller caller, List<NewTask> tasks, TaskSource source) {
        if (!caller.isAdmin()) {
            throw audit.denied(caller, AuditAction.CREATE, SUBJECT, null, null, "bulk creation is for the platform");
        }
        Instant now = Instant.now();
        ValidationException.Collector errors = new ValidationException.Collector();
        Map<Long, String> pathCache = new HashMap<>();
        List<Prepared> prepared = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            NewTask t = tasks.get(i);
            String at = "tasks[" + i + "].";
            ValidationException.Collector own = source == null ? errors : new ValidationException.Collector();
            if (t.originKey() == null || t.originKey().isBlank()) {
                own.add(at + "originKey", "required");
            }
            Prepared p = prepare(t, at, now, own, pathCache);
            if (source == null) {
                prepared.add(p);
            } else {
                try {
                    own.throwIfAny();
                    prepared.add(p);
                } catch (ValidationException invalid) {
                    LOG.warn("Task source {}: occurrence {} left out: {}", source.id(), t.originKey(),
                            invalid.errors());
                }
            }
        }
        errors.throwIfAny();
        int created = 0;
        for (int from = 0; from < prepared.size(); from += BATCH) {
            List<Prepared> batch = prepared.subList(from, Math.min(prepared.size(), from + BATCH));
            created += jpa.txExpr(TransactionType.Required, em -> insertMissing(em, caller, batch, now));
        }
        return created;
    }

    /** A new task checked and resolved: its department path and due instant. */
    private record Prepared(NewTask task, String path, Instant dueAt) {
    }

    private Prepared prepare(NewTask t, String at, Instant now, ValidationException.Collector errors,
            Map<Long, String> pathCache) {
        if (t.unitId() == null || !t.unitId().matches("[a-z][a-z0-9-]{0,63}")) {
            errors.add(at + "unitId", "required");
        } else if (t.kind() != null && t.kind().length() > 128) {
            errors.add(at + "kind", "length.max", 128);
        } else if (t.kind() == null || !KIND.matcher(t.kind()).matches()
                || !(t.kind().startsWith(t.unitId() + ".") || t.kind().startsWith(TaskAccess.CORE_UNIT + "."))) {
            errors.add(at + "kind", "task.kind", t.unitId());
        }
        Checks.text(errors, at + "title", t.title(), 500, true);
        Checks.maxLength(errors, at + "subjectType", t.subjectType(), 64);
        Checks.maxLength(errors, at + "subjectId", t.subjectId(), 64);
        Checks.maxLength(errors, at + "originKey", t.originKey(), 200);
        String path = null;
        if (t.departmentId() == null) {
            errors.add(at + "departmentId", "required");
        } else {
            path = pathCache.computeIfAbsent(t.departmentId(), id -> paths.pathOf(id).orElse(null));
            if (path == null) {
                errors.add(at + "departmentId", "not-found", "department", t.departmentId());
            }
        }
        Instant due = null;
        if ((t.normKey() == null) == (t.dueAt() == null)) {
            errors.add(at + (t.normKey() == null ? "dueAt" : "normKey"), "task.due");
        } else if (t.normKey() != null) {
            Optional<Norm> norm = norms.norm(t.normKey());
            if (norm.isEmpty()) {
                errors.add(at + "normKey", "task.norm", t.normKey());
            } else {
                try {
                    due = calendar.deadline(t.event() == null ? now : t.event(),
                            norms.effective(t.normKey(), t.departmentId()));
                } catch (IllegalArgumentException e) {
                    errors.add(at + "normKey", "task.norm", t.normKey());
                }
            }
        } else {
            due = t.dueAt();
        }
        return new Prepared(t, path, due);
    }

    private int insertMissing(EntityManager em, Caller caller, List<Prepared> batch, Instant now) {
        Set<String> existing = existingOrigins(em, batch.stream().map(p -> p.task().originKey()).toList());
        Set<Long> activeOfficers = activeOfficers(em, batch.stream().map(p -> p.task().assigneeId())
                .filter(id -> id != null).distinct().toList());
        int created = 0;
        Map<String, Integer> byKind = new HashMap<>();
        for (Prepared p : batch) {
            if (!existing.add(p.task().originKey())) {
                continue;
            }
            TaskEntity e = entity(p.task(), p, caller, now);
            if (e.getAssigneeId() != null && !activeOfficers.contains(e.getAssigneeId())) {
                e.setAssigneeId(null); // an officer who left: the head assigns it
            }
            em.persist(e);
            byKind.merge(e.getKind(), 1, Integer::sum);
            created++;
        }
        if (created > 0) {
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, "task-batch", null, null,
                    created + " tasks created: " + byKind);
        }
        return created;
    }

    /**
     * The keys already used. Native SQL with an index hint in a comment: Derby compiles the statement once while the
     * table is still small, keeps a table-scan plan and re-checks it only every 100 runs, which made a first run
     * over a large register quadratic; PostgreSQL reads the hint as a plain comment.
     */
    @SuppressWarnings("unchecked")
    private static Set<String> existingOrigins(EntityManager em, List<String> keys) {
        if (keys.isEmpty()) {
            return new HashSet<>();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(keys.size(), "?"));
        javax.persistence.Query q = em.createNativeQuery("SELECT ORIGIN_KEY FROM LPS_TASK "
                + "--DERBY-PROPERTIES constraint=UQ_LPS_TASK_ORIGIN\n WHERE ORIGIN_KEY IN (" + marks + ")");
        for (int i = 0; i < keys.size(); i++) {
            q.setParameter(i + 1, keys.get(i));
        }
        return new HashSet<>(q.getResultList());
    }

    private static Set<Long> activeOfficers(EntityManager em, List<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT o.id FROM OfficerEntity o WHERE o.id IN :ids AND o.status = :s",
                Long.class).setParameter("ids", ids).setParameter("s", OfficerStatus.ACTIVE).getResultList());
    }

    private TaskEntity entity(NewTask t, Prepared p, Caller caller, Instant now) {
        TaskEntity e = new TaskEntity();
        e.setUnitId(t.unitId());
        e.setKind(t.kind());
        e.setTitle(t.title().strip());
        e.setSubjectType(t.subjectType());
        e.setSubjectId(t.subjectId());
        e.setDepartmentId(t.departmentId());
        e.setDepartmentPath(p.path());
        e.setAssigneeId(t.assigneeId());
        e.setNormKey(t.normKey());
        e.setDueAt(p.dueAt());
        e.setStatus(TaskStatus.OPEN);
        e.setCreatedAt(now);
        e.setCreatedBy(caller.username());
        e.setOriginKey(t.originKey());
        return e;
    }

    // ------------------------------------------------------------------------------------------------ read

    @Override
    public Task get(Caller caller, long id) {
        Long me = officerOf(caller);
        Task task = jpa.txExpr(TransactionType.Supports, em -> {
            TaskEntity e = find(em, id);
            if (!TaskAccess.sees(caller, e, me)) {
                throw audit.denied(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId(), "not a task of yours");
            }
            return toDto(e);
        });
        audit.record(caller, AuditAction.READ, SUBJECT, id, task.departmentId());
        return task;
    }

    @Override
    public Page<Task> search(Caller caller, TaskQuery q, PageRequest page) {
        Long me = officerOf(caller);
        Instant now = Instant.now();
        String subtree = paths.subtreeFilter("departmentId", q.departmentId());
        Page<Task> result = jpa.txExpr(TransactionType.Supports, em -> {
            JpqlQuery<TaskEntity> query = new JpqlQuery<>(TaskEntity.class, SORT)
                    .eq("assigneeId", q.assigneeId())
                    .eq("status", q.status())
                    .eq("escalatedToId", q.escalatedToId())
                    .eq("unitId", q.unitId())
                    .eq("kind", q.kind())
                    .eq("subjectType", q.subjectType())
                    .eq("subjectId", q.subjectId());
            if (Boolean.TRUE.equals(q.overdue())) {
                query.where("e.status = :os AND e.dueAt < :now", Map.of("os", TaskStatus.OPEN, "now", now));
            } else if (Boolean.FALSE.equals(q.overdue())) {
                query.where("(e.status <> :os OR e.dueAt >= :now)", Map.of("os", TaskStatus.OPEN, "now", now));
            }
            if (q.escalated() != null) {
                query.where(q.escalated() ? "e.escalatedAt IS NOT NULL" : "e.escalatedAt IS NULL", Map.of());
            }
            query.subtree("departmentPath", subtree);
            if (!caller.isAdmin()) {
                visibleTo(query, caller, me);
            }
            return query.page(em, page, "dueAt", TaskServiceImpl::toDto);
        });
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, "task-search", null, null,
                q + " -> " + result.total() + " found, ids " + result.items().stream().map(Task::id).toList());
        return result;
    }

    /** Own tasks, or tasks of the caller's units in scope. */
    private static void visibleTo(JpqlQuery<TaskEntity> query, Caller caller, Long me) {
        Map<String, Object> params = new HashMap<>();
        List<String> any = new ArrayList<>();
        if (me != null) {
            any.add("e.assigneeId = :me OR e.originalAssigneeId = :me OR e.escalatedToId = :me");
            params.put("me", me);
        }
        Set<String> units = TaskAccess.units(caller);
        if (!units.isEmpty() && !caller.scope().isNone()) {
            String inScope = caller.scope().isAll() ? "" : " AND e.departmentPath LIKE :sp";
            any.add("(e.unitId IN :units" + inScope + ")");
            params.put("units", units);
            if (!caller.scope().isAll()) {
                params.put("sp", caller.scope().pathPrefix() + "%");
            }
        }
        query.where(any.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", any) + ")", params);
    }

    // ------------------------------------------------------------------------------------------------ change

    @Override
    public Task complete(Caller caller, long id, Long expectedVersion, String outcome) {
        requireText("outcome", outcome);
        Long me = officerOf(caller);
        return change(caller, id, expectedVersion, AuditAction.UPDATE, e -> TaskAccess.completes(caller, e, me),
                "neither assignee nor head", e -> {
                    close(e, TaskStatus.DONE, caller, outcome);
                    return "completed: " + outcome;
                });
    }

    @Override
    public Task cancel(Caller caller, long id, Long expectedVersion, String reason) {
        requireText("reason", reason);
        return change(caller, id, expectedVersion, AuditAction.UPDATE, e -> TaskAccess.manages(caller, e),
                "not a head of the unit", e -> {
                    close(e, TaskStatus.CANCELLED, caller, reason);
                    return "cancelled: " + reason;
                });
    }

    @Override
    public Task reassign(Caller caller, long id, Long expectedVersion, long officerId, String reason) {
        ValidationException.Collector errors = new ValidationException.Collector();
        Checks.text(errors, "reason", reason, TEXT_MAX, false);
        errors.throwIfAny();
        return change(caller, id, expectedVersion, AuditAction.UPDATE, e -> TaskAccess.manages(caller, e),
                "not a head of the unit", (em, e) -> {
                    requireAssignable(em, caller, "officerId", officerId, e.getUnitId());
                    Long before = e.getAssigneeId();
                    e.setAssigneeId(officerId);
                    e.setOriginalAssigneeId(null);
                    return "reassigned " + before + " -> " + officerId + (reason == null ? "" : ": " + reason);
                });
    }

    @Override
    public int completeAll(Caller caller, String kind, String subjectType, String subjectId, String outcome) {
        requireText("outcome", outcome);
        Long me = officerOf(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<TaskEntity> open = em.createQuery("SELECT t FROM TaskEntity t WHERE t.kind = :k AND "
                    + "t.subjectType = :st AND t.subjectId = :si AND t.status = :s", TaskEntity.class)
                    .setParameter("k", kind).setParameter("st", subjectType).setParameter("si", subjectId)
                    .setParameter("s", TaskStatus.OPEN).getResultList();
            for (TaskEntity e : open) {
                if (!TaskAccess.completesWithSubject(caller, e, me)) {
                    throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, e.getId(), e.getDepartmentId(),
                            "not a task of yours");
                }
                close(e, TaskStatus.DONE, caller, outcome);
                audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(),
                        e.getDepartmentId(), "completed with its " + subjectType + ": " + outcome);
            }
            return open.size();
        });
    }

    @Override
    public int cancelAll(Caller caller, String subjectType, String subjectId, String reason) {
        requireText("reason", reason);
        if (!caller.isAdmin()) {
            throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, null, null, "cancels by subject: platform only");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<TaskEntity> open = em.createQuery("SELECT t FROM TaskEntity t WHERE t.subjectType = :st"
                    + " AND t.subjectId = :si AND t.status = :s", TaskEntity.class).setParameter("st", subjectType)
                    .setParameter("si", subjectId).setParameter("s", TaskStatus.OPEN).getResultList();
            for (TaskEntity e : open) {
                close(e, TaskStatus.CANCELLED, caller, reason);
                audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(),
                        e.getDepartmentId(), "cancelled with its " + subjectType + ": " + reason);
            }
            return open.size();
        });
    }

    private static void close(TaskEntity e, TaskStatus status, Caller caller, String text) {
        if (e.getStatus() != TaskStatus.OPEN) {
            throw ValidationException.of("status", "task.status", e.getStatus());
        }
        e.setStatus(status);
        e.setCompletedAt(Instant.now());
        e.setCompletedBy(caller.username());
        e.setOutcome(text.strip());
    }

    private static void requireText(String field, String text) {
        ValidationException.Collector errors = new ValidationException.Collector();
        Checks.text(errors, field, text, TEXT_MAX, true);
        errors.throwIfAny();
    }

    private interface Change {
        String apply(EntityManager em, TaskEntity e);
    }

    private Task change(Caller caller, long id, Long expectedVersion, AuditAction action,
            java.util.function.Predicate<TaskEntity> allowed, String refusal,
            java.util.function.Function<TaskEntity, String> change) {
        return change(caller, id, expectedVersion, action, allowed, refusal, (em, e) -> change.apply(e));
    }

    private Task change(Caller caller, long id, Long expectedVersion, AuditAction action,
            java.util.function.Predicate<TaskEntity> allowed, String refusal, Change change) {
        if (expectedVersion == null) {
            throw VersionMismatchException.missing();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            TaskEntity e = find(em, id);
            if (!allowed.test(e)) {
                throw audit.denied(caller, action, SUBJECT, id, e.getDepartmentId(), refusal);
            }
            if (!expectedVersion.equals(e.getVersion())) {
                throw VersionMismatchException.stale(expectedVersion, e.getVersion());
            }
            if (e.getStatus() != TaskStatus.OPEN) {
                throw ValidationException.of("status", "task.status", e.getStatus());
            }
            String details = change.apply(em, e);
            audit.record(caller, action, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(), details);
            em.flush();
            return toDto(e);
        });
    }

    // ------------------------------------------------------------------------------------------------ sweep

    @Override
    public SweepResult sweep(Instant now) {
        // one run at a time on this node (scheduler, REST, shell); a second caller waits and then finds little to do
        sweeping.lock();
        try {
            return sweepNow(now);
        } finally {
            sweeping.unlock();
        }
    }

    private SweepResult sweepNow(Instant now) {
        long start = System.nanoTime();
        Caller system = Caller.system("task-scheduler");
        LocalDate today = now.atZone(calendar.zone()).toLocalDate();
        int created = 0;
        for (TaskSource source : sources) {
            try {
                created += generate(system, source, today);
            } catch (RuntimeException e) {
                LOG.error("Recurring task source {} failed", source.id(), e);
            }
        }
        int rerouted = 0;
        try {
            rerouted = reroute(system, today);
        } catch (RuntimeException e) {
            LOG.error("Task scheduler: re-routing to covers failed", e);
        }
        int escalated = 0;
        try {
            escalated = escalate(system, now);
        } catch (RuntimeException e) {
            LOG.error("Task scheduler: escalation failed", e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (created + rerouted + escalated > 0) {
            LOG.info("Task scheduler: {} created, {} re-routed, {} escalated in {} ms", created, rerouted,
                    escalated, millis);
        }
        return new SweepResult(created, rerouted, escalated, millis);
    }

    /** Feeds a source's occurrences to {@link #createMissing} in batches, so 100k occurrences never sit in memory. */
    private int generate(Caller system, TaskSource source, LocalDate today) {
        int created = 0;
        try (Stream<NewTask> stream = source.tasks(today)) {
            Iterator<NewTask> it = stream.iterator();
            List<NewTask> batch = new ArrayList<>(BATCH);
            while (it.hasNext()) {
                batch.add(it.next());
                if (batch.size() == BATCH || !it.hasNext()) {
                    created += createMissing(system, batch, source);
                    batch = new ArrayList<>(BATCH);
                }
            }
        }
        return created;
    }

    /**
     * Tasks of officers away today go to the cover their absence names; back to them once they return. The officers
     * away are read once (an absence with a cover wins over one without); tasks are changed in batches by id.
     */
    private int reroute(Caller system, LocalDate today) {
        Map<Long, Long> coverOf = jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, Long> covers = new HashMap<>();
            for (Object[] row : em.createQuery("SELECT a.officer.id, a.coverOfficerId FROM AbsenceEntity a "
                    + "WHERE a.dateFrom <= :d AND a.dateTo >= :d", Object[].class).setParameter("d", today)
                    .getResultList()) {
                Long officer = (Long) row[0];
                if (row[1] != null || !covers.containsKey(officer)) {
                    covers.put(officer, (Long) row[1]);
                }
            }
            return covers;
        });
        int changed = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<TaskEntity> batch = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                    "SELECT t FROM TaskEntity t WHERE t.status = :s AND t.id > :after AND (t.originalAssigneeId IS NOT "
                            + "NULL OR t.assigneeId IN (SELECT a.officer.id FROM AbsenceEntity a WHERE "
                            + "a.dateFrom <= :d AND a.dateTo >= :d)) ORDER BY t.id", TaskEntity.class)
                    .setParameter("s", TaskStatus.OPEN).setParameter("after", from).setParameter("d", today)
                    .setMaxResults(BATCH).getResultList());
            if (batch.isEmpty()) {
                return changed;
            }
            after = batch.get(batch.size() - 1).getId();
            List<Long> ids = batch.stream().map(TaskEntity::getId).toList();
            changed += jpa.txExpr(TransactionType.Required, em -> {
                int n = 0;
                for (TaskEntity t : em.createQuery("SELECT t FROM TaskEntity t WHERE t.id IN :ids AND t.status = :s",
                        TaskEntity.class).setParameter("ids", ids).setParameter("s", TaskStatus.OPEN)
                        .getResultList()) {
                    Optional<TaskRules.Routing> r = TaskRules.route(t.getAssigneeId(), t.getOriginalAssigneeId(),
                            coverOf.get(t.getAssigneeId()), coverOf.containsKey(t.getOriginalAssigneeId()));
                    if (r.isPresent()) {
                        Long before = t.getAssigneeId();
                        t.setAssigneeId(r.get().assigneeId());
                        t.setOriginalAssigneeId(r.get().originalAssigneeId());
                        audit.record(system, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, t.getId(),
                                t.getDepartmentId(), (r.get().originalAssigneeId() == null ? "back with " : "cover: ")
                                        + before + " -> " + r.get().assigneeId());
                        n++;
                    }
                }
                return n;
            });
            if (batch.size() < BATCH) {
                return changed;
            }
        }
    }

    /** Overdue open tasks escalate once, to the nearest head of the owning unit above the task's department. */
    private int escalate(Caller system, Instant now) {
        int total = 0;
        while (true) {
            int done = jpa.txExpr(TransactionType.Required, em -> {
                List<TaskEntity> due = em.createQuery("SELECT t FROM TaskEntity t WHERE t.status = :s AND "
                        + "t.escalatedAt IS NULL AND t.dueAt < :limit ORDER BY t.id", TaskEntity.class)
                        .setParameter("s", TaskStatus.OPEN).setParameter("limit", now.minus(grace))
                        .setMaxResults(BATCH).getResultList();
                Map<String, List<TaskRules.HeadCandidate>> heads = new HashMap<>();
                for (TaskEntity t : due) {
                    if (!TaskRules.escalates(t.getStatus(), t.getDueAt(), t.getEscalatedAt(), now, grace)) {
                        continue;
                    }
                    List<TaskRules.HeadCandidate> candidates = heads.computeIfAbsent(t.getUnitId() + t
                            .getDepartmentPath(), k -> headCandidates(em, t.getUnitId(), t.getDepartmentPath()));
                    Long head = TaskRules.headFor(t.getDepartmentPath(), t.getAssigneeId(), candidates).orElse(null);
                    t.setEscalatedAt(now);
                    t.setEscalatedToId(head);
                    audit.record(system, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, t.getId(),
                            t.getDepartmentId(), "escalated to " + (head == null ? "the heads in scope" : head)
                                    + ", due " + t.getDueAt());
                }
                return due.size();
            });
            total += done;
            if (done < BATCH) {
                return total;
            }
        }
    }

    /** Officers on duty whose login holds the unit's head role, placed on the path to the department. */
    private static List<TaskRules.HeadCandidate> headCandidates(EntityManager em, String unitId, String path) {
        if (TaskAccess.CORE_UNIT.equals(unitId)) {
            return List.of();
        }
        List<Long> nodes = TaskRules.nodeIds(path);
        return em.createQuery("SELECT o.id, d.path FROM OfficerEntity o, OrgUnitEntity d, UserEntity u "
                + "JOIN u.roles r WHERE d.id = o.departmentId AND u.username = o.login AND r = :role "
                + "AND o.status = :s AND o.departmentId IN :nodes", Object[].class)
                .setParameter("role", Roles.head(unitId)).setParameter("s", OfficerStatus.ACTIVE)
                .setParameter("nodes", nodes).getResultList().stream()
                .map(r -> new TaskRules.HeadCandidate((Long) r[0], (String) r[1])).toList();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** An officer on duty, of the task's unit (any unit for the core's tasks), in the caller's data scope. */
    private void requireAssignable(EntityManager em, Caller caller, String field, long officerId, String unitId) {
        OfficerEntity o = em.find(OfficerEntity.class, officerId);
        boolean ok = o != null && o.getStatus() == OfficerStatus.ACTIVE
                && (TaskAccess.CORE_UNIT.equals(unitId) || unitId.equals(o.getUnitType()))
                && caller.scope().covers(paths.pathOf(o.getDepartmentId()).orElse(null));
        if (!ok) {
            throw ValidationException.of(field, "task.officer", officerId);
        }
    }

    private Long officerOf(Caller caller) {
        return officers.officerIdOf(caller).orElse(null);
    }

    private static TaskEntity find(EntityManager em, long id) {
        TaskEntity e = em.find(TaskEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        return e;
    }

    static Task toDto(TaskEntity e) {
        return new Task(e.getId(), e.getUnitId(), e.getKind(), e.getTitle(), e.getSubjectType(), e.getSubjectId(),
                e.getDepartmentId(), e.getAssigneeId(), e.getOriginalAssigneeId(), e.getNormKey(), e.getDueAt(),
                e.getStatus(), e.getEscalatedAt(), e.getEscalatedToId(), e.getCreatedAt(), e.getCreatedBy(),
                e.getCompletedAt(), e.getCompletedBy(), e.getOutcome(), e.getOriginKey(), e.getVersion());
    }
}
