package kz.police.lps.unit.district.internal.presentation;

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
import kz.police.lps.core.api.numbering.SerialNumbers;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;

/**
 * Presentations and instructions to eliminate the causes and conditions of offences (WF-13, BR-36): the inspector
 * issues one to an individual or a legal entity (textbook L107-113, L505-508) with the causes and conditions
 * identified and the measures required. It is mandatory for the addressee (L507), so its execution is tracked: the
 * response deadline (norm {@value #NORM}, configurable: the text gives none) is a task of the issuing inspector in the
 * core's engine, created in the same transaction; the status goes ISSUED → RESPONSE_RECEIVED → EXECUTED |
 * NOT_EXECUTED (or ISSUED → NOT_EXECUTED when no response comes), and recording the outcome completes the task.
 * Numbered per department and year.
 */
@Component(service = Presentations.class)
public class Presentations {

    public static final String SUBJECT = "district.presentation";
    /** Task kind of a presentation's execution tracking. */
    public static final String TASK_KIND = "district.presentation-execution";
    /** The response deadline norm. */
    public static final String NORM = "district.presentation.response-deadline";

    private static final Caller SYSTEM = Caller.system("district");

    /** The series of presentation numbers in the core's serial numbers: per department and year. */
    static final String NUMBER_SERIES = "district.presentation";

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final TaskService tasks;
    private final WorkingCalendar calendar;
    private final PersonService persons;
    private final OrgService org;
    private final SerialNumbers numbers;

    @Activate
    public Presentations(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference TaskService tasks, @Reference WorkingCalendar calendar,
            @Reference PersonService persons, @Reference OrgService org, @Reference SerialNumbers numbers) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.tasks = tasks;
        this.calendar = calendar;
        this.persons = persons;
        this.org = org;
        this.numbers = numbers;
    }

    /** What the addressee answered. */
    public record AddresseeResponse(LocalDate receivedOn, String text) {
    }

    /** The outcome of execution checking: {@code EXECUTED} or {@code NOT_EXECUTED}. */
    public record Execution(PresentationStatus outcome, LocalDate checkedOn, String note) {
    }

    public Presentation issue(Caller caller, NewPresentation p) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        if (p.kind() == null) {
            errors.add("kind", "required");
        }
        String causes = Checks.text(errors, "causes", p.causes(), 4000, true);
        String measures = Checks.text(errors, "measures", p.measures(), 4000, true);
        String entityName = Checks.text(errors, "entityName", p.entityName(), 300, false);
        String entityAddress = Checks.text(errors, "entityAddress", p.entityAddress(), 300, false);
        String bin = p.entityBin() == null || p.entityBin().isBlank() ? null : p.entityBin().strip();
        boolean entity = entityName != null || bin != null || entityAddress != null;
        if (p.personId() != null && entity) {
            errors.add("personId", "district.presentation.addressee.both");
        } else if (p.personId() == null && !entity) {
            errors.add("personId", "district.presentation.addressee.required");
        } else if (entity) {
            if (entityName == null) {
                errors.add("entityName", "required");
            }
            if (bin == null) {
                errors.add("entityBin", "required");
            } else {
                Bin.problem(bin).ifPresent(problem -> errors.add("entityBin", "district.presentation.bin." + problem));
            }
        }
        LocalDate issuedOn = p.issuedOn() != null ? p.issuedOn() : today;
        if (issuedOn.isAfter(today)) {
            errors.add("issuedOn", "date.future");
        }
        errors.throwIfAny();
        Officer officer = access.actingFor(caller, "officerId", p.officerId(), AuditAction.CREATE, SUBJECT);
        long departmentId = officer.departmentId();
        String path = access.departmentPath(caller, "officerId", departmentId, AuditAction.CREATE, SUBJECT, null);
        if (p.personId() != null) {
            try {
                persons.get(caller, p.personId());
            } catch (NotFoundException e) {
                throw ValidationException.of("personId", "person.unknown", p.personId());
            }
        }
        String departmentCode = org.get(SYSTEM, departmentId).code();
        int year = issuedOn.getYear();
        numbers.prepare(NUMBER_SERIES, departmentId, year);
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            long serial = numbers.next(NUMBER_SERIES, departmentId, year);
            PresentationEntity e = new PresentationEntity();
            e.setNumber(String.format("%s-PR-%d-%05d", departmentCode, year, serial));
            e.setIssueYear(year);
            e.setSerial(serial);
            e.setDepartmentId(departmentId);
            e.setDepartmentPath(path);
            e.setOfficerId(officer.id());
            e.setKind(p.kind());
            e.setIssuedOn(issuedOn);
            e.setPersonId(p.personId());
            e.setEntityName(entityName);
            e.setEntityBin(bin);
            e.setEntityAddress(entityAddress);
            e.setCauses(causes);
            e.setMeasures(measures);
            e.setStatus(PresentationStatus.ISSUED);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            e.setDueAt(now); // replaced by the task's deadline below, before the row is written
            em.persist(e); // the sequence gives the id now: the task names it, and the row is inserted once
            Instant event = issuedOn.equals(today) ? now : issuedOn.atStartOfDay(calendar.zone()).toInstant();
            Task task = tasks.create(caller, NewTask.byNorm(DistrictAccess.UNIT, TASK_KIND,
                    p.kind().label().kk() + " " + e.getNumber() + ": орындалуын бақылау / контроль исполнения",
                    SUBJECT, e.getId(), departmentId, officer.id(), NORM, event));
            e.setTaskId(task.id());
            e.setDueAt(task.dueAt());
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), departmentId,
                    e.getNumber() + " due " + task.dueAt());
            return toDto(e);
        });
    }

    /** Records the addressee's response: ISSUED → RESPONSE_RECEIVED. */
    public Presentation respond(Caller caller, long id, Long expectedVersion, AddresseeResponse r) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        String text = Checks.text(errors, "text", r == null ? null : r.text(), 4000, true);
        LocalDate receivedOn = r == null || r.receivedOn() == null ? today : r.receivedOn();
        if (receivedOn.isAfter(today)) {
            errors.add("receivedOn", "date.future");
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            PresentationEntity e = writable(em, caller, id, expectedVersion);
            move(e, PresentationStatus.RESPONSE_RECEIVED);
            if (receivedOn.isBefore(e.getIssuedOn())) {
                throw ValidationException.of("receivedOn", "date.before", e.getIssuedOn());
            }
            e.setStatus(PresentationStatus.RESPONSE_RECEIVED);
            e.setResponseOn(receivedOn);
            e.setResponseText(text);
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "response received on " + receivedOn);
            return toDto(e);
        });
    }

    /** Records whether it was executed; the execution-tracking task is completed. */
    public Presentation recordExecution(Caller caller, long id, Long expectedVersion, Execution x) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        PresentationStatus outcome = x == null ? null : x.outcome();
        if (outcome == null) {
            errors.add("outcome", "required");
        } else if (!outcome.outcome()) {
            errors.add("outcome", "district.presentation.outcome");
        }
        String note = Checks.text(errors, "note", x == null ? null : x.note(), 2000,
                outcome == PresentationStatus.NOT_EXECUTED);
        LocalDate checkedOn = x == null || x.checkedOn() == null ? today : x.checkedOn();
        if (checkedOn.isAfter(today)) {
            errors.add("checkedOn", "date.future");
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            PresentationEntity e = writable(em, caller, id, expectedVersion);
            move(e, outcome);
            if (checkedOn.isBefore(e.getIssuedOn())) {
                throw ValidationException.of("checkedOn", "date.before", e.getIssuedOn());
            }
            e.setStatus(outcome);
            e.setOutcomeOn(checkedOn);
            e.setOutcomeNote(note);
            em.flush();
            tasks.completeAll(caller, TASK_KIND, SUBJECT, String.valueOf(id), outcome.name());
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    outcome + " on " + checkedOn);
            return toDto(e);
        });
    }

    public Presentation get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            PresentationEntity e = find(em, caller, id, AuditAction.READ);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** Filters; null means any. {@code open}: execution still tracked; {@code overdue}: open and past the deadline. */
    public record Query(Long officerId, PresentationStatus status, Long personId, String entityBin, Boolean open,
            Boolean overdue) {
    }

    /** The presentations in the caller's scope, latest first. */
    public Page<Presentation> list(Caller caller, Query q, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        Page<Presentation> result = search(caller, q, page);
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                "search " + q + " -> " + result.total() + " found, ids "
                        + result.items().stream().map(Presentation::id).toList());
        return result;
    }

    /**
     * The presentations issued to a person, in the caller's scope, latest first (the person card). Like the unit's
     * other records they are for the unit's roles and {@code lps-admin}: anyone else gets none (the card shows
     * nothing, no refusal). The read is audited when it shows any.
     */
    public List<Presentation> ofPerson(Caller caller, long personId, int limit) {
        if (!caller.isAdmin() && !caller.hasAnyUnitRole(DistrictAccess.UNIT)) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Presentation> found = search(caller, new Query(null, null, personId, null, null, null),
                    PageRequest.first(limit)).items();
            if (!found.isEmpty()) {
                audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                        "presentations of person " + personId + ", ids "
                                + found.stream().map(Presentation::id).toList());
            }
            return found;
        });
    }

    private Page<Presentation> search(Caller caller, Query q, PageRequest page) {
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        StringBuilder where = new StringBuilder(" FROM PresentationEntity e WHERE e.departmentPath LIKE :scope");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope + "%");
        condition(where, params, "e.officerId = :officer", "officer", q.officerId());
        condition(where, params, "e.status = :status", "status", q.status());
        condition(where, params, "e.personId = :person", "person", q.personId());
        condition(where, params, "e.entityBin = :bin", "bin", q.entityBin());
        List<PresentationStatus> open = List.of(PresentationStatus.ISSUED, PresentationStatus.RESPONSE_RECEIVED);
        if (Boolean.TRUE.equals(q.overdue())) {
            condition(where, params, "e.status IN :openStates AND e.dueAt < :now", "openStates", open);
            params.put("now", Instant.now());
        } else if (q.open() != null) {
            condition(where, params, (q.open() ? "e.status IN" : "e.status NOT IN") + " :openStates", "openStates",
                    open);
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<PresentationEntity> select = em.createQuery(
                    "SELECT e" + where + " ORDER BY e.issuedOn DESC, e.id DESC", PresentationEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            params.forEach((k, v) -> {
                select.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<Presentation> items = new ArrayList<>();
            select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .forEach(e -> items.add(toDto(e)));
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String clause, String name,
            Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            params.put(name, value);
        }
    }

    /** The presentation to change: in scope, the If-Match version, and the issuing officer's own or a head's. */
    private PresentationEntity writable(EntityManager em, Caller caller, long id, Long expectedVersion) {
        PresentationEntity e = find(em, caller, id, AuditAction.UPDATE);
        VersionMismatchException.check(expectedVersion, e.getVersion());
        if (!access.isHead(caller) && !access.officerIdOf(caller).map(e.getOfficerId()::equals).orElse(false)) {
            throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId(),
                    "not issued by the caller's officer record");
        }
        return e;
    }

    /** 409 naming the status when the transition is not allowed. */
    private static void move(PresentationEntity e, PresentationStatus next) {
        if (!e.getStatus().mayBecome(next)) {
            throw new ConflictException("status", "district.presentation.status", e.getStatus(), next);
        }
    }

    private PresentationEntity find(EntityManager em, Caller caller, long id, AuditAction action) {
        PresentationEntity e = em.find(PresentationEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, SUBJECT, id);
        return e;
    }

    static Presentation toDto(PresentationEntity e) {
        return new Presentation(e.getId(), e.getNumber(), e.getKind(), e.getDepartmentId(), e.getOfficerId(),
                e.getIssuedOn(), e.getPersonId(), e.getEntityName(), e.getEntityBin(), e.getEntityAddress(),
                e.getCauses(), e.getMeasures(), e.getDueAt(), e.getTaskId(), e.getStatus(), e.getResponseOn(),
                e.getResponseText(), e.getOutcomeOn(), e.getOutcomeNote(), e.getCreatedBy(), e.getCreatedAt(),
                e.getVersion());
    }
}
