package kz.police.lps.core.internal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.police.lps.core.api.application.Applicant;
import kz.police.lps.core.api.application.Application;
import kz.police.lps.core.api.application.ApplicationKind;
import kz.police.lps.core.api.application.ApplicationQuery;
import kz.police.lps.core.api.application.ApplicationService;
import kz.police.lps.core.api.application.ApplicationStatus;
import kz.police.lps.core.api.application.DecisionKind;
import kz.police.lps.core.api.application.NewApplication;
import kz.police.lps.core.api.application.NotificationMethod;
import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.numbering.SerialNumbers;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Permission;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.core.api.task.TaskQuery;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.core.api.task.TaskStatus;
import kz.police.lps.core.internal.application.ApplicationLifecycle.Step;
import kz.police.lps.core.internal.db.CoreSchema;
import kz.police.lps.core.internal.db.JpqlQuery;
import kz.police.lps.core.internal.db.Versions;
import kz.police.lps.core.internal.extender.BundleDataTracker;
import kz.police.lps.core.internal.model.OfficerEntity;
import kz.police.lps.core.internal.model.OrgUnitEntity;
import kz.police.lps.core.internal.model.PersonEntity;
import kz.police.lps.core.internal.org.DepartmentPaths;
import kz.police.lps.core.api.error.Checks;

/**
 * Applications and reports: an extender for the units' {@code LPS-Application-Kinds} files and the register in
 * {@code LPS_APPLICATION}. Numbers come from the core's {@link SerialNumbers} (series {@value #NUMBER_SERIES}), taken
 * under a write lock in the transaction that inserts the application: concurrent registrations in one department wait
 * for each other, and a rolled-back registration gives its number back.
 */
@Component(service = ApplicationService.class)
public class ApplicationServiceImpl implements ApplicationService {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationServiceImpl.class);

    static final int MAX_SUMMARY = 4000;
    static final int MAX_TEXT = 4000;
    static final int MAX_APPLICANT = 300;
    /** Clock skew tolerated between a client's "received at" and ours. */
    private static final long SKEW_SECONDS = 300;
    private static final Map<String, String> SORT = Map.of("receivedAt", "receivedAt", "dueAt", "dueAt", "number",
            "number", "status", "status", "kindCode", "kindCode", "id", "id");
    private static final List<ApplicationStatus> OPEN = List.of(ApplicationStatus.REGISTERED,
            ApplicationStatus.ASSIGNED);

    /** The series of application numbers: gap-free per department and year (DEPT-2026-000042). */
    static final String NUMBER_SERIES = "application";

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final DepartmentPaths paths;
    private final NormService norms;
    private final WorkingCalendar calendar;
    private final OfficerService officers;
    private final TaskService tasks;
    private final SerialNumbers numbers;
    private final ApplicationKindCatalog catalog = new ApplicationKindCatalog();
    private final BundleDataTracker<ApplicationKindFile> tracker;

    @Activate
    public ApplicationServiceImpl(BundleContext context,
            @Reference(target = "(osgi.unit.name=lps-core)") JpaTemplate jpa,
            @Reference(target = CoreSchema.TARGET) SchemaReady schema, @Reference AuditService audit,
            @Reference DepartmentPaths paths, @Reference NormService norms, @Reference WorkingCalendar calendar,
            @Reference OfficerService officers, @Reference TaskService tasks, @Reference SerialNumbers numbers) {
        this.jpa = jpa;
        this.numbers = numbers;
        this.audit = audit;
        this.paths = paths;
        this.norms = norms;
        this.calendar = calendar;
        this.officers = officers;
        this.tasks = tasks;
        this.tracker = new BundleDataTracker<>(context, HEADER, ApplicationKindFile.class, catalog).open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    // ---------------------------------------------------------------------------------------------------------
    // kinds

    @Override
    public List<ApplicationKind> kinds(String unitId) {
        return catalog.kinds(unitId);
    }

    @Override
    public Optional<ApplicationKind> kind(String code) {
        return code == null ? Optional.empty() : catalog.find(code);
    }

    // ---------------------------------------------------------------------------------------------------------
    // receive

    @Override
    public Application receive(Caller caller, NewApplication n) {
        Optional<ApplicationKind> kind = kind(n.kindCode());
        if (kind.isPresent() && !ApplicationAccess.mayReceive(caller, kind.get().unitId())) {
            throw audit.denied(caller, AuditAction.CREATE, SUBJECT, null, n.departmentId(),
                    "registering " + n.kindCode() + " needs a role of unit " + kind.get().unitId()
                            + ", lps-registrar or lps-admin");
        }
        Instant now = Instant.now();
        Long departmentId = n.departmentId() != null ? n.departmentId() : caller.departmentId();
        ValidationException.Collector errors = new ValidationException.Collector();
        if (n.kindCode() == null || n.kindCode().isBlank()) {
            errors.add("kindCode", "required");
        } else if (kind.isEmpty()) {
            errors.add("kindCode", "application.kind.unknown", n.kindCode());
        }
        if (n.channel() == null) {
            errors.add("channel", "required");
        }
        if (n.receivedAt() != null && n.receivedAt().isAfter(now.plusSeconds(SKEW_SECONDS))) {
            errors.add("receivedAt", "date.future");
        }
        applicant(errors, n.applicant());
        Checks.text(errors, "summary", n.summary(), MAX_SUMMARY, true);
        if (departmentId == null) {
            errors.add("departmentId", "required");
        }
        errors.throwIfAny();

        ApplicationKind k = kind.get();
        String departmentPath = paths.pathOf(departmentId)
                .orElseThrow(() -> ValidationException.of("departmentId", "org.department.unknown", departmentId));
        if (!caller.scope().covers(departmentPath)) {
            throw audit.denied(caller, AuditAction.CREATE, SUBJECT, null, departmentId,
                    "departmentId outside data scope");
        }
        Instant receivedAt = n.receivedAt() != null ? n.receivedAt() : now;
        Norm norm = deadlineNorm(k, departmentId);
        Instant dueAt;
        try {
            dueAt = calendar.deadline(receivedAt, norm);
        } catch (IllegalArgumentException notADuration) {
            throw ValidationException.of("kindCode", "application.kind.norm-unit", norm.key(), norm.unit());
        }
        int year = now.atZone(calendar.zone()).getYear();
        numbers.prepare(NUMBER_SERIES, departmentId, year);
        return jpa.txExpr(TransactionType.Required, em -> {
            Long personId = n.applicant().personId();
            if (personId != null && em.find(PersonEntity.class, personId) == null) {
                throw ValidationException.of("applicant.personId", "person.unknown", personId);
            }
            OrgUnitEntity department = em.find(OrgUnitEntity.class, departmentId);
            long serial = numbers.next(NUMBER_SERIES, departmentId, year);
            ApplicationEntity e = new ApplicationEntity();
            e.setNumber(ApplicationNumbers.format(department.getCode(), year, serial));
            e.setKindCode(k.code());
            e.setUnitId(k.unitId());
            e.setRestricted(k.restricted());
            e.setChannel(n.channel());
            e.setReceivedAt(receivedAt);
            e.setApplicantPersonId(personId);
            e.setApplicantName(blankToNull(n.applicant().name()));
            e.setApplicantContact(blankToNull(n.applicant().contact()));
            e.setSummary(n.summary().strip());
            e.setDepartmentId(departmentId);
            e.setDepartmentPath(departmentPath);
            e.setNormKey(norm.key());
            e.setDueAt(dueAt);
            e.setStatus(ApplicationStatus.REGISTERED);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            e.setUpdatedAt(now);
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), departmentId,
                    e.getNumber() + " " + k.code() + ", due " + dueAt);
            return toDto(e);
        });
    }

    /** The kind's deadline norm as in force in the department's region; a kind whose norm is missing is unusable. */
    private Norm deadlineNorm(ApplicationKind kind, long departmentId) {
        if (norms.norm(kind.decisionNorm()).isEmpty()) {
            LOG.warn("Application kind {} names norm {}, which no installed bundle ships", kind.code(),
                    kind.decisionNorm());
            throw ValidationException.of("kindCode", "application.kind.norm-missing", kind.decisionNorm());
        }
        return norms.effective(kind.decisionNorm(), departmentId);
    }

    /** Makes sure the counter row exists, in a transaction of its own; a concurrent first insert is fine. */
    // ---------------------------------------------------------------------------------------------------------
    // reads

    @Override
    public Application get(Caller caller, long id) {
        audit.require(caller, Permission.PERSON_READ, AuditAction.READ, SUBJECT, id);
        ApplicationEntity e = jpa.txExpr(TransactionType.Supports, em -> em.find(ApplicationEntity.class, id));
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        requireRead(caller, e);
        audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
        return toDto(e);
    }

    @Override
    public Page<Application> search(Caller caller, ApplicationQuery q, PageRequest page) {
        audit.require(caller, Permission.PERSON_READ, AuditAction.READ, SUBJECT, null);
        String departmentPath = paths.subtreeFilter("departmentId", q.departmentId());
        if (q.receivedFrom() != null && q.receivedTo() != null && q.receivedTo().isBefore(q.receivedFrom())) {
            throw ValidationException.of("receivedTo", "date.before", "receivedFrom");
        }
        ZoneId zone = calendar.zone();
        Instant now = Instant.now();
        Page<Application> result = jpa.txExpr(TransactionType.Supports, em -> {
            JpqlQuery<ApplicationEntity> query = new JpqlQuery<>(ApplicationEntity.class, SORT)
                    .eq("status", q.status())
                    .eq("kindCode", q.kindCode())
                    .eq("unitId", q.unitId())
                    .eq("assigneeId", q.assigneeId())
                    .eq("applicantPersonId", q.personId())
                    .ge("receivedAt", q.receivedFrom() == null ? null : q.receivedFrom().atStartOfDay(zone).toInstant())
                    .lt("receivedAt", q.receivedTo() == null ? null
                            : q.receivedTo().plusDays(1).atStartOfDay(zone).toInstant())
                    .scope("departmentPath", caller.scope());
            query.subtree("departmentPath", departmentPath);
            if (Boolean.TRUE.equals(q.overdue())) {
                query.where("(e.status IN :openStates AND e.dueAt < :now)", Map.of("openStates", OPEN, "now", now));
            } else if (Boolean.FALSE.equals(q.overdue())) {
                query.where("(e.status NOT IN :openStates OR e.dueAt >= :now)",
                        Map.of("openStates", OPEN, "now", now));
            }
            if (!caller.isAdmin()) {
                restrictToVisible(caller, query);
            }
            return query.page(em, page, "id", ApplicationServiceImpl::toDto);
        });
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, null, q.departmentId(),
                "search " + describe(q) + " -> " + result.total() + " found, ids "
                        + result.items().stream().map(Application::id).toList());
        return result;
    }

    @Override
    public long countDecided(Caller caller, long assigneeId, Instant from, Instant to) {
        audit.require(caller, Permission.PERSON_READ, AuditAction.READ, SUBJECT, null);
        long n = jpa.txExpr(TransactionType.Supports, em -> {
            JpqlQuery<ApplicationEntity> query = new JpqlQuery<>(ApplicationEntity.class, SORT)
                    .eq("assigneeId", assigneeId)
                    .ge("decidedAt", from)
                    .lt("decidedAt", to)
                    .scope("departmentPath", caller.scope());
            if (!caller.isAdmin()) {
                restrictToVisible(caller, query);
            }
            return query.page(em, PageRequest.first(1), "id", ApplicationServiceImpl::toDto).total();
        });
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, null, null,
                "decided by officer " + assigneeId + " " + from + ".." + to + " -> " + n);
        return n;
    }

    /** Applications of installed units only; restricted ones only of units the caller holds a role of. */
    private void restrictToVisible(Caller caller, JpqlQuery<ApplicationEntity> query) {
        Set<String> installed = catalog.units();
        if (installed.isEmpty()) {
            query.where("1 = 0", Map.of());
            return;
        }
        query.where("e.unitId IN :installedUnits", Map.of("installedUnits", List.copyOf(installed)));
        List<String> mine = installed.stream().filter(caller::hasAnyUnitRole).toList();
        if (mine.isEmpty()) {
            query.where("e.restricted = :restrictedNo", Map.of("restrictedNo", Boolean.FALSE));
        } else {
            query.where("(e.restricted = :restrictedNo OR e.unitId IN :myUnits)",
                    Map.of("restrictedNo", Boolean.FALSE, "myUnits", mine));
        }
    }

    private void requireRead(Caller caller, ApplicationEntity e) {
        boolean installed = catalog.units().contains(e.getUnitId());
        if (!caller.scope().covers(e.getDepartmentPath())) {
            throw audit.denied(caller, AuditAction.READ, SUBJECT, e.getId(), e.getDepartmentId(),
                    "outside data scope");
        }
        if (!ApplicationAccess.mayRead(caller, e.getUnitId(), e.isRestricted(), installed)) {
            throw audit.denied(caller, AuditAction.READ, SUBJECT, e.getId(), e.getDepartmentId(),
                    ApplicationAccess.readRefusal(caller, e.getUnitId(), e.isRestricted(), installed));
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // assign, decide, notify

    @Override
    public Application assign(Caller caller, long id, Long expectedVersion, long officerId) {
        Long callerOfficer = officerIdOf(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity e = writable(caller, em, id);
            if (!ApplicationAccess.mayAssign(caller, e.getUnitId(), e.getAssigneeId(), officerId, callerOfficer)) {
                throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId(),
                        e.getAssigneeId() == null
                                ? "an inspector takes an application themselves; the unit's head assigns others"
                                : "only the unit's head re-assigns");
            }
            Versions.check(expectedVersion, e.getVersion());
            ApplicationLifecycle.require(e.getStatus(), Step.ASSIGN);
            if (Long.valueOf(officerId).equals(e.getAssigneeId())) {
                throw new ConflictException("officerId", "application.assignee.same");
            }
            requireAssignable(caller, em, e, officerId);
            Long previous = e.getAssigneeId();
            e.setAssigneeId(officerId);
            e.setStatus(ApplicationLifecycle.next(e.getStatus(), Step.ASSIGN));
            e.setUpdatedAt(Instant.now());
            em.flush();
            if (previous == null || !reassignTask(caller, e, officerId)) {
                tasks.create(caller, NewTask.dueAt(e.getUnitId(), TASK_KIND, "Decide application " + e.getNumber(),
                        TASK_SUBJECT, e.getId(), e.getDepartmentId(), officerId, e.getDueAt()));
            }
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "assigned to officer " + officerId + (previous == null ? "" : " (was " + previous + ")"));
            return toDto(e);
        });
    }

    /** Gives the previous assignee's open decision task to the new one; false when there was none. */
    private boolean reassignTask(Caller caller, ApplicationEntity e, long officerId) {
        List<Task> open = tasks.search(caller, new TaskQuery(null, TaskStatus.OPEN, null, null, null, null, TASK_KIND,
                TASK_SUBJECT, String.valueOf(e.getId()), null), PageRequest.first(10)).items();
        for (Task t : open) {
            tasks.reassign(caller, t.id(), t.version(), officerId, "application " + e.getNumber() + " re-assigned");
        }
        return !open.isEmpty();
    }

    /** The officer must serve in the kind's unit, be on duty and lie in the caller's data scope. */
    private void requireAssignable(Caller caller, EntityManager em, ApplicationEntity e, long officerId) {
        OfficerEntity officer = em.find(OfficerEntity.class, officerId);
        if (officer == null) {
            throw ValidationException.of("officerId", "application.officer.unknown", officerId);
        }
        if (officer.getStatus() != OfficerStatus.ACTIVE) {
            throw ValidationException.of("officerId", "application.officer.inactive", officerId);
        }
        if (!e.getUnitId().equals(officer.getUnitType())) {
            throw ValidationException.of("officerId", "application.officer.unit", e.getUnitId());
        }
        if (!caller.scope().covers(paths.pathOf(officer.getDepartmentId()).orElse(null))) {
            throw ValidationException.of("officerId", "application.officer.scope", officerId);
        }
    }

    @Override
    public Application decide(Caller caller, long id, Long expectedVersion, DecisionKind decision, String text) {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (decision == null) {
            errors.add("decisionKind", "required");
        } else if (decision.needsText() && (text == null || text.isBlank())) {
            errors.add("decisionText", "application.decision.text", decision);
        }
        Checks.text(errors, "decisionText", text, MAX_TEXT, false);
        Long callerOfficer = officerIdOf(caller);
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity e = writable(caller, em, id);
            if (!ApplicationAccess.mayDecide(caller, e.getUnitId(), e.getAssigneeId(), callerOfficer, decision)) {
                throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId(),
                        ApplicationAccess.decideRefusal(caller, e.getUnitId(), decision));
            }
            Versions.check(expectedVersion, e.getVersion());
            ApplicationLifecycle.require(e.getStatus(), Step.DECIDE);
            errors.throwIfAny();
            Instant now = Instant.now();
            e.setDecisionKind(decision);
            e.setDecisionText(blankToNull(text) == null ? null : text.strip());
            e.setDecidedAt(now);
            e.setDecidedBy(caller.username());
            e.setStatus(ApplicationLifecycle.next(e.getStatus(), Step.DECIDE));
            e.setUpdatedAt(now);
            em.flush();
            tasks.completeAll(caller, TASK_KIND, TASK_SUBJECT, String.valueOf(id), decision.name());
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "decided " + decision);
            return toDto(e);
        });
    }

    @Override
    public Application notifyApplicant(Caller caller, long id, Long expectedVersion, LocalDate notifiedOn,
            NotificationMethod method) {
        ValidationException.Collector errors = new ValidationException.Collector();
        LocalDate today = LocalDate.now(calendar.zone());
        if (notifiedOn == null) {
            errors.add("notifiedOn", "required");
        } else if (notifiedOn.isAfter(today)) {
            errors.add("notifiedOn", "date.future");
        }
        if (method == null) {
            errors.add("method", "required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            ApplicationEntity e = writable(caller, em, id);
            if (!ApplicationAccess.mayNotify(caller, e.getUnitId())) {
                throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId(),
                        "needs a role of unit " + e.getUnitId() + ", lps-registrar or lps-admin");
            }
            Versions.check(expectedVersion, e.getVersion());
            ApplicationLifecycle.require(e.getStatus(), Step.NOTIFY);
            LocalDate decided = e.getDecidedAt().atZone(calendar.zone()).toLocalDate();
            if (notifiedOn != null && notifiedOn.isBefore(decided)) {
                errors.add("notifiedOn", "date.before", decided);
            }
            errors.throwIfAny();
            e.setNotifiedOn(notifiedOn);
            e.setNotificationMethod(method);
            e.setStatus(ApplicationLifecycle.next(e.getStatus(), Step.NOTIFY));
            e.setUpdatedAt(Instant.now());
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "applicant notified on " + notifiedOn + " " + method);
            return toDto(e);
        });
    }

    /**
     * The application to change: it exists, lies in the caller's scope and its unit is installed (while it is not,
     * its applications are kept and shown to administrators, but nobody works on them).
     */
    private ApplicationEntity writable(Caller caller, EntityManager em, long id) {
        ApplicationEntity e = em.find(ApplicationEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        if (!caller.scope().covers(e.getDepartmentPath())) {
            throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId(), "outside data scope");
        }
        if (e.isRestricted() && !caller.isAdmin() && !caller.hasAnyUnitRole(e.getUnitId())) {
            throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId(),
                    "restricted kind: need-to-know of unit " + e.getUnitId());
        }
        if (!catalog.units().contains(e.getUnitId())) {
            throw new ConflictException("kindCode", "application.kind.unavailable", e.getKindCode());
        }
        return e;
    }

    private Long officerIdOf(Caller caller) {
        return officers.officerIdOf(caller).orElse(null);
    }

    // ---------------------------------------------------------------------------------------------------------
    // checks and mapping

    private static void applicant(ValidationException.Collector errors, Applicant a) {
        if (a == null || (a.personId() == null && (a.name() == null || a.name().isBlank()))) {
            errors.add("applicant", "application.applicant.required");
            return;
        }
        Checks.text(errors, "applicant.name", a.name(), MAX_APPLICANT, false);
        Checks.text(errors, "applicant.contact", a.contact(), MAX_APPLICANT, false);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String describe(ApplicationQuery q) {
        Map<String, Object> m = new HashMap<>();
        m.put("status", q.status());
        m.put("kind", q.kindCode());
        m.put("unit", q.unitId());
        m.put("assigneeId", q.assigneeId());
        m.put("overdue", q.overdue());
        m.put("departmentId", q.departmentId());
        m.put("personId", q.personId());
        m.put("receivedFrom", q.receivedFrom());
        m.put("receivedTo", q.receivedTo());
        m.values().removeIf(java.util.Objects::isNull);
        return m.toString();
    }

    static Application toDto(ApplicationEntity e) {
        return new Application(e.getId(), e.getNumber(), e.getKindCode(), e.getUnitId(), e.isRestricted(),
                e.getChannel(), e.getReceivedAt(),
                new Applicant(e.getApplicantPersonId(), e.getApplicantName(), e.getApplicantContact()),
                e.getSummary(), e.getDepartmentId(), e.getDepartmentPath(), e.getAssigneeId(), e.getNormKey(),
                e.getDueAt(), e.getStatus(), e.getDecisionKind(), e.getDecisionText(), e.getDecidedAt(),
                e.getDecidedBy(), e.getNotifiedOn(), e.getNotificationMethod(), e.getCreatedBy(), e.getCreatedAt(),
                e.getVersion());
    }
}
