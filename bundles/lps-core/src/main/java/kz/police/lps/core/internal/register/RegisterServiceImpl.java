package kz.police.lps.core.internal.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.register.CheckRecord;
import kz.police.lps.core.api.register.GroundKind;
import kz.police.lps.core.api.register.NewCheck;
import kz.police.lps.core.api.register.NewRegistration;
import kz.police.lps.core.api.register.RegisterDefinition;
import kz.police.lps.core.api.register.RegisterGround;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.register.RegistrationQuery;
import kz.police.lps.core.api.register.RegistrationStatus;
import kz.police.lps.core.api.register.Removal;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Permission;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.core.internal.db.CoreSchema;
import kz.police.lps.core.internal.db.JpqlQuery;
import kz.police.lps.core.internal.db.Versions;
import kz.police.lps.core.internal.model.OfficerEntity;
import kz.police.lps.core.internal.model.PersonEntity;
import kz.police.lps.core.internal.org.DepartmentPaths;
import kz.police.lps.core.internal.rest.Json;
import kz.police.lps.core.api.error.Checks;

/**
 * The preventive registers: the installed units' registers and grounds (read by {@link RegisterStore} from the
 * {@code LPS-Registers} file of every active bundle), and the registrations and their checks in
 * {@code LPS_REGISTRATION} and {@code LPS_REGISTER_CHECK}. A registration whose register is not installed is hidden (404, absent from searches)
 * but kept: it shows again when the unit is back.
 */
@Component(service = RegisterService.class)
public class RegisterServiceImpl implements RegisterService {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterServiceImpl.class);
    private static final Map<String, String> SORT = Map.of("id", "id", "startedOn", "startedOn", "removedOn",
            "removedOn", "lastCheckedOn", "lastCheckedOn", "registerId", "registerId", "status", "status");
    private static final TypeReference<LinkedHashMap<String, Object>> EXTRA_TYPE = new TypeReference<>() {
    };
    static final int HISTORY_MAX = 500;

    private final JpaTemplate jpa;
    private final OfficerService officers;
    private final AuditService audit;
    private final DepartmentPaths paths;
    private final NormService norms;
    private final WorkingCalendar calendar;
    private final ObjectMapper json = Json.mapper();
    private final RegisterCatalog catalog;
    private volatile TaskService tasks;

    @Activate
    public RegisterServiceImpl(@Reference(target = "(osgi.unit.name=lps-core)") JpaTemplate jpa,
            @Reference(target = CoreSchema.TARGET) SchemaReady schema, @Reference RegisterStore store,
            @Reference AuditService audit, @Reference DepartmentPaths paths, @Reference NormService norms,
            @Reference WorkingCalendar calendar, @Reference OfficerService officers) {
        this.jpa = jpa;
        this.officers = officers;
        this.catalog = store.catalog();
        this.audit = audit;
        this.paths = paths;
        this.norms = norms;
        this.calendar = calendar;
    }

    /** The task service, when installed: recording a check completes the registration's planned-check task. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setTasks(TaskService taskService) {
        this.tasks = taskService;
    }

    void unsetTasks(TaskService taskService) {
        if (this.tasks == taskService) {
            this.tasks = null;
        }
    }

    // ---- registers (data of the installed units) --------------------------------------------------------------

    @Override
    public List<RegisterDefinition> registers(String unitId) {
        return catalog.registers(unitId);
    }

    @Override
    public Optional<RegisterDefinition> register(String registerId) {
        return catalog.register(registerId);
    }

    @Override
    public List<RegisterGround> grounds(String registerId) {
        return catalog.grounds(registerId);
    }

    @Override
    public Optional<RegisterGround> ground(String code) {
        return catalog.ground(code);
    }

    // ---- registrations --------------------------------------------------------------------------------------

    @Override
    public Registration place(Caller caller, NewRegistration r) {
        RegisterDefinition register = r.registerId() == null ? null : catalog.register(r.registerId()).orElse(null);
        if (register != null && !RegisterAccess.writes(caller, register)) {
            throw audit.denied(caller, AuditAction.CREATE, SUBJECT, null, r.departmentId(),
                    "no role of unit " + register.unitId() + " to place on " + register.id());
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        if (r.registerId() == null || r.registerId().isBlank()) {
            errors.add("registerId", "required");
        } else if (register == null) {
            errors.add("registerId", "register.unknown", r.registerId());
        }
        if (r.personId() == null) {
            errors.add("personId", "required");
        }
        if (r.groundCode() == null || r.groundCode().isBlank()) {
            errors.add("groundCode", "required");
        } else if (register != null && !isGround(r.groundCode(), register.id(), GroundKind.PLACEMENT)) {
            errors.add("groundCode", "register.ground.placement", register.id());
        }
        String basisDocument = Checks.text(errors, "basisDocument", r.basisDocument(), 500, true);
        LocalDate today = today();
        LocalDate startedOn = r.startedOn() != null ? r.startedOn() : today;
        if (startedOn.isAfter(today)) {
            errors.add("startedOn", "date.future");
        }
        String extra = extraJson(errors, r.extra());
        Long departmentId = r.departmentId() != null ? r.departmentId() : caller.departmentId();
        if (departmentId == null) {
            errors.add("departmentId", "required");
        }
        errors.throwIfAny();
        String departmentPath = paths.pathOf(departmentId)
                .orElseThrow(() -> ValidationException.of("departmentId", "org.department.unknown", departmentId));
        if (!caller.scope().covers(departmentPath)) {
            throw audit.denied(caller, AuditAction.CREATE, SUBJECT, null, departmentId,
                    "departmentId outside data scope");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            // all reads first: a query would flush a half-built entity
            PersonEntity person = em.find(PersonEntity.class, r.personId());
            if (person == null) {
                throw ValidationException.of("personId", "person.unknown", r.personId());
            }
            if (!caller.scope().covers(person.getDepartmentPath())) {
                throw audit.denied(caller, AuditAction.CREATE, SUBJECT, null, departmentId,
                        "person " + person.getId() + " outside data scope");
            }
            Long officerId = officer(em, caller, "responsibleOfficerId", r.responsibleOfficerId());
            long active = em.createQuery("SELECT COUNT(e) FROM RegistrationEntity e WHERE e.personId = :p "
                    + "AND e.registerId = :r AND e.status = :s", Long.class).setParameter("p", person.getId())
                    .setParameter("r", register.id()).setParameter("s", RegistrationStatus.ACTIVE).getSingleResult();
            if (active > 0) {
                throw new ConflictException("personId", "registration.active", register.id());
            }
            RegistrationEntity e = new RegistrationEntity();
            e.setRegisterId(register.id());
            e.setUnitId(register.unitId());
            e.setPersonId(person.getId());
            e.setGroundCode(r.groundCode());
            e.setBasisDocument(basisDocument);
            e.setDepartmentId(departmentId);
            e.setDepartmentPath(departmentPath);
            e.setResponsibleOfficerId(officerId);
            e.setStartedOn(startedOn);
            e.setStatus(RegistrationStatus.ACTIVE);
            e.setExtra(extra);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), departmentId,
                    "person " + person.getId() + " placed on " + register.id() + " (" + r.groundCode() + ")");
            return toDto(e);
        });
    }

    @Override
    public Registration get(Caller caller, long id) {
        RegistrationEntity e = readable(caller, id);
        audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
        return toDto(e);
    }

    @Override
    public Page<Registration> search(Caller caller, RegistrationQuery q, PageRequest page) {
        audit.require(caller, Permission.PERSON_READ, AuditAction.READ, SUBJECT, null);
        Set<String> visible = new java.util.HashSet<>(RegisterAccess.readable(caller, catalog.registers(null)));
        if (q.registerId() != null) {
            visible.retainAll(Set.of(q.registerId()));
        }
        String subtree = paths.subtreeFilter("departmentId", q.departmentId());
        Page<Registration> result = visible.isEmpty() ? new Page<>(List.of(), 0, page.limit(), page.offset())
                : jpa.txExpr(TransactionType.Supports, em -> {
                    JpqlQuery<RegistrationEntity> query = new JpqlQuery<>(RegistrationEntity.class, SORT)
                            .eq("personId", q.personId())
                            .eq("status", q.status())
                            .eq("responsibleOfficerId", q.responsibleOfficerId())
                            .eq("groundCode", q.groundCode())
                            .where("e.registerId IN :visibleRegisters", Map.of("visibleRegisters", visible))
                            .scope("departmentPath", caller.scope())
                            .subtree("departmentPath", subtree);
                    return query.page(em, page, "id", this::toDto);
                });
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, null, null, "search " + describe(q)
                + " -> " + result.total() + " found, ids " + result.items().stream().map(Registration::id).toList());
        return result;
    }

    @Override
    public long countChecksBy(Caller caller, long officerId, LocalDate from, LocalDate to) {
        audit.require(caller, Permission.PERSON_READ, AuditAction.READ, SUBJECT, null);
        Set<String> visible = new java.util.HashSet<>(RegisterAccess.readable(caller, catalog.registers(null)));
        String scope = caller.scope().pathPrefix();
        if (visible.isEmpty() || scope == null) {
            return 0;
        }
        long n = jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(c) FROM RegisterCheckEntity c"
                + " WHERE c.officerId = :o AND c.checkedOn >= :from AND c.checkedOn <= :to AND c.registrationId IN"
                + " (SELECT r.id FROM RegistrationEntity r WHERE r.registerId IN :visible"
                + " AND r.departmentPath LIKE :scope)", Long.class).setParameter("o", officerId)
                .setParameter("from", from).setParameter("to", to).setParameter("visible", visible)
                .setParameter("scope", scope + "%").getSingleResult());
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, null, null,
                "checks by officer " + officerId + " " + from + ".." + to + " -> " + n);
        return n;
    }

    @Override
    public List<Registration> history(Caller caller, long personId) {
        PageRequest page = new PageRequest(HISTORY_MAX, 0,
                List.of(new PageRequest.SortKey("startedOn", true), new PageRequest.SortKey("id", true)));
        return search(caller, RegistrationQuery.ofPerson(personId), page).items();
    }

    @Override
    public List<CheckRecord> checks(Caller caller, long registrationId) {
        RegistrationEntity e = readable(caller, registrationId);
        List<CheckRecord> checks = jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT c FROM RegisterCheckEntity c WHERE c.registrationId = :r ORDER BY c.checkedOn DESC, c.id DESC",
                RegisterCheckEntity.class).setParameter("r", registrationId).getResultList().stream()
                .map(RegisterServiceImpl::toDto).toList());
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, registrationId, e.getDepartmentId(),
                "checks");
        return checks;
    }

    @Override
    public CheckRecord recordCheck(Caller caller, long registrationId, NewCheck check) {
        RegistrationEntity current = writable(caller, registrationId);
        ValidationException.Collector errors = new ValidationException.Collector();
        LocalDate today = today();
        LocalDate checkedOn = check.checkedOn() != null ? check.checkedOn() : today;
        if (checkedOn.isAfter(today)) {
            errors.add("checkedOn", "date.future");
        } else if (checkedOn.isBefore(current.getStartedOn())) {
            errors.add("checkedOn", "date.before", current.getStartedOn());
        }
        if (check.method() == null) {
            errors.add("method", "required");
        }
        if (check.result() == null) {
            errors.add("result", "required");
        }
        String note = Checks.text(errors, "note", check.note(), 1000, false);
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            // still active, and stays so until this commits: the conditional update locks the row, so a removal
            // running meanwhile either committed before (0 rows: 409) or waits for this check
            int active = em.createQuery("UPDATE RegistrationEntity e SET e.lastCheckedOn = e.lastCheckedOn "
                    + "WHERE e.id = :id AND e.status = :s").setParameter("id", registrationId)
                    .setParameter("s", RegistrationStatus.ACTIVE).executeUpdate();
            if (active != 1) {
                throw new ConflictException("status", "registration.removed");
            }
            RegistrationEntity e = em.find(RegistrationEntity.class, registrationId);
            Long officerId = officer(em, caller, "officerId", check.officerId());
            RegisterCheckEntity c = new RegisterCheckEntity();
            c.setRegistrationId(registrationId);
            c.setCheckedOn(checkedOn);
            c.setMethod(check.method());
            c.setResult(check.result());
            c.setOfficerId(officerId);
            c.setNote(note);
            c.setCreatedBy(caller.username());
            c.setCreatedAt(Instant.now());
            em.persist(c);
            em.flush();
            // the latest check day, without a version bump: concurrent checks of one person do not clash
            em.createQuery("UPDATE RegistrationEntity e SET e.lastCheckedOn = :d WHERE e.id = :id "
                    + "AND (e.lastCheckedOn IS NULL OR e.lastCheckedOn < :d)").setParameter("d", checkedOn)
                    .setParameter("id", registrationId).executeUpdate();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, registrationId,
                    e.getDepartmentId(), "check " + c.getId() + " on " + checkedOn + ": " + check.method() + ", "
                            + check.result());
            completeCheckTasks(em, caller, current, checkedOn);
            return toDto(c);
        });
    }

    @Override
    public Registration remove(Caller caller, long registrationId, Long expectedVersion, Removal removal) {
        RegistrationEntity current = writable(caller, registrationId);
        Versions.check(expectedVersion, current.getVersion());
        ValidationException.Collector errors = new ValidationException.Collector();
        if (removal.removalGroundCode() == null || removal.removalGroundCode().isBlank()) {
            errors.add("removalGroundCode", "required");
        } else if (!isGround(removal.removalGroundCode(), current.getRegisterId(), GroundKind.REMOVAL)) {
            errors.add("removalGroundCode", "register.ground.removal", current.getRegisterId());
        }
        LocalDate today = today();
        LocalDate removedOn = removal.removedOn() != null ? removal.removedOn() : today;
        if (removedOn.isAfter(today)) {
            errors.add("removedOn", "date.future");
        } else if (removedOn.isBefore(current.getStartedOn())) {
            errors.add("removedOn", "date.before", current.getStartedOn());
        }
        String removalNote = Checks.text(errors, "removalNote", removal.removalNote(), 1000, false);
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            RegistrationEntity e = em.find(RegistrationEntity.class, registrationId);
            Versions.check(expectedVersion, e.getVersion());
            requireActive(e);
            e.setStatus(RegistrationStatus.REMOVED);
            e.setRemovedOn(removedOn);
            e.setRemovalGroundCode(removal.removalGroundCode());
            e.setRemovalNote(removalNote);
            e.setRemovedBy(caller.username());
            e.setRemovedAt(Instant.now());
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, registrationId,
                    e.getDepartmentId(), "removed from " + e.getRegisterId() + " (" + removal.removalGroundCode()
                            + ") on " + removedOn);
            em.flush();
            completeTasks(caller, registrationId, "removed from the register");
            return toDto(e);
        });
    }

    @Override
    public Map<String, Long> activeCounts(Caller caller) {
        audit.require(caller, Permission.PERSON_READ, AuditAction.READ, SUBJECT, null);
        Set<String> visible = RegisterAccess.readable(caller, catalog.registers(null));
        Map<String, Long> counts = new TreeMap<>();
        visible.forEach(id -> counts.put(id, 0L));
        if (visible.isEmpty() || caller.scope().isNone()) {
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, null, null, "active counts " + counts);
            return counts;
        }
        jpa.txExpr(TransactionType.Supports, em -> {
            String scope = caller.scope().isAll() ? "" : " AND e.departmentPath LIKE :scope";
            javax.persistence.TypedQuery<Object[]> q = em.createQuery("SELECT e.registerId, COUNT(e) FROM "
                    + "RegistrationEntity e WHERE e.status = :s AND e.registerId IN :visible" + scope
                    + " GROUP BY e.registerId", Object[].class).setParameter("s", RegistrationStatus.ACTIVE)
                    .setParameter("visible", visible);
            if (!scope.isEmpty()) {
                q.setParameter("scope", caller.scope().pathPrefix() + "%");
            }
            return q.getResultList();
        }).forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, null, null, "active counts " + counts);
        return counts;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.now(calendar.zone());
    }

    private boolean isGround(String code, String registerId, GroundKind kind) {
        return catalog.ground(code).filter(g -> g.registerId().equals(registerId) && g.kind() == kind).isPresent();
    }

    /** A registration of an installed register the caller may read; refusals audited, others hidden as 404. */
    private RegistrationEntity readable(Caller caller, long id) {
        audit.require(caller, Permission.PERSON_READ, AuditAction.READ, SUBJECT, id);
        RegistrationEntity e = find(id);
        RegisterDefinition register = catalog.register(e.getRegisterId())
                .orElseThrow(() -> new NotFoundException(SUBJECT, id));
        if (!RegisterAccess.reads(caller, register)) {
            throw audit.denied(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId(),
                    "need-to-know: no role of unit " + register.unitId());
        }
        if (!caller.scope().covers(e.getDepartmentPath())) {
            throw audit.denied(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId(), "outside data scope");
        }
        return e;
    }

    /** A registration of an installed register the caller may write. */
    private RegistrationEntity writable(Caller caller, long id) {
        RegistrationEntity e = find(id);
        RegisterDefinition register = catalog.register(e.getRegisterId())
                .orElseThrow(() -> new NotFoundException(SUBJECT, id));
        if (!RegisterAccess.writes(caller, register)) {
            throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId(),
                    "no role of unit " + register.unitId());
        }
        if (!caller.scope().covers(e.getDepartmentPath())) {
            throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId(), "outside data scope");
        }
        return e;
    }

    private RegistrationEntity find(long id) {
        RegistrationEntity e = jpa.txExpr(TransactionType.Supports, em -> em.find(RegistrationEntity.class, id));
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        return e;
    }

    private static void requireActive(RegistrationEntity e) {
        if (e.getStatus() != RegistrationStatus.ACTIVE) {
            throw new ConflictException("status", "registration.removed");
        }
    }

    /**
     * The officer named, or the caller's own officer record when none is named (null if the caller has none): an
     * active officer serving in the caller's data scope.
     */
    private Long officer(EntityManager em, Caller caller, String field, Long officerId) {
        OfficerEntity o;
        if (officerId == null) {
            return officers.officerIdOf(caller).orElse(null);
        }
        o = em.find(OfficerEntity.class, officerId);
        if (o == null || o.getStatus() != OfficerStatus.ACTIVE) {
            throw ValidationException.of(field, "register.officer.unknown", officerId);
        }
        if (!paths.pathOf(o.getDepartmentId()).map(p -> caller.scope().covers(p)).orElse(false)) {
            throw ValidationException.of(field, "register.officer.scope", officerId);
        }
        return o.getId();
    }

    private String extraJson(ValidationException.Collector errors, Map<String, Object> extra) {
        if (extra == null) {
            return null;
        }
        try {
            String text = json.writeValueAsString(extra);
            if (text.length() > EXTRA_MAX_CHARS) {
                errors.add("extra", "length.max", EXTRA_MAX_CHARS);
                return null;
            }
            return text;
        } catch (JsonProcessingException e) {
            errors.add("extra", "json.type");
            return null;
        }
    }

    /**
     * Completes the open planned-check tasks when the check's period has as many checks as the norm asks; in the
     * check's transaction.
     */
    private void completeCheckTasks(EntityManager em, Caller caller, RegistrationEntity e, LocalDate checkedOn) {
        Optional<Norm> norm = catalog.ground(e.getGroundCode()).map(RegisterGround::checkNorm)
                .filter(key -> norms.norm(key).isPresent()).map(key -> norms.effective(key, e.getDepartmentId()));
        if (norm.isEmpty()) {
            completeTasks(caller, e.getId(), "check recorded");
            return;
        }
        ReportingPeriod period;
        try {
            period = RegisterChecks.period(norm.get(), checkedOn);
        } catch (IllegalArgumentException notPeriodic) {
            completeTasks(caller, e.getId(), "check recorded");
            return;
        }
        long inPeriod = em.createQuery("SELECT COUNT(c) FROM RegisterCheckEntity c WHERE c.registrationId = :r "
                + "AND c.checkedOn >= :from AND c.checkedOn <= :to", Long.class).setParameter("r", e.getId())
                .setParameter("from", period.start()).setParameter("to", period.end()).getSingleResult();
        if (RegisterChecks.completes((int) Math.min(inPeriod, Integer.MAX_VALUE), norm.get())) {
            completeTasks(caller, e.getId(), "check recorded");
        }
    }

    /**
     * The open planned-check tasks of the registration are done: called inside the write's transaction (it joins
     * it), so the write and the completion commit together, or neither does.
     */
    private void completeTasks(Caller caller, long registrationId, String outcome) {
        TaskService taskService = tasks;
        if (taskService == null) {
            LOG.debug("No task service: planned-check tasks of registration {} left to the next sweep",
                    registrationId);
            return;
        }
        taskService.completeAll(caller, CHECK_TASK_KIND, SUBJECT, String.valueOf(registrationId), outcome);
        // the units' own tasks about the registration (information every 10 days, say) end with it
        taskService.cancelAll(Caller.system("registers"), SUBJECT, String.valueOf(registrationId), outcome);
    }

    private static String describe(RegistrationQuery q) {
        Map<String, Object> m = new HashMap<>();
        m.put("register", q.registerId());
        m.put("personId", q.personId());
        m.put("status", q.status());
        m.put("departmentId", q.departmentId());
        m.put("responsibleOfficerId", q.responsibleOfficerId());
        m.put("groundCode", q.groundCode());
        m.values().removeIf(Objects::isNull);
        return m.toString();
    }

    private Registration toDto(RegistrationEntity e) {
        Map<String, Object> extra = null;
        if (e.getExtra() != null) {
            try {
                extra = json.readValue(e.getExtra(), EXTRA_TYPE);
            } catch (JsonProcessingException bad) {
                LOG.warn("Extra fields of registration {} unreadable: {}", e.getId(), bad.toString());
            }
        }
        return new Registration(e.getId(), e.getRegisterId(), e.getUnitId(), e.getPersonId(), e.getGroundCode(),
                e.getBasisDocument(), e.getDepartmentId(), e.getResponsibleOfficerId(), e.getStartedOn(),
                e.getStatus(), e.getRemovedOn(), e.getRemovalGroundCode(), e.getRemovalNote(), e.getLastCheckedOn(),
                extra, e.getCreatedBy(), e.getCreatedAt(), e.getRemovedBy(), e.getRemovedAt(), e.getVersion());
    }

    private static CheckRecord toDto(RegisterCheckEntity c) {
        return new CheckRecord(c.getId(), c.getRegistrationId(), c.getCheckedOn(), c.getMethod(), c.getResult(),
                c.getOfficerId(), c.getNote(), c.getCreatedBy(), c.getCreatedAt());
    }
}
