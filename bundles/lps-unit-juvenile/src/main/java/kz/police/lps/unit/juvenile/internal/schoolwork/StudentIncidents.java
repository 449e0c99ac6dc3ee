package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.school.School;
import kz.police.lps.unit.juvenile.internal.school.Schools;
import kz.police.lps.unit.juvenile.internal.schoolwork.IncidentDtos.Council;
import kz.police.lps.unit.juvenile.internal.schoolwork.IncidentDtos.CouncilMeeting;
import kz.police.lps.unit.juvenile.internal.schoolwork.IncidentDtos.Incident;
import kz.police.lps.unit.juvenile.internal.schoolwork.IncidentDtos.ManagementReport;
import kz.police.lps.unit.juvenile.internal.schoolwork.IncidentDtos.NewIncident;
import kz.police.lps.unit.juvenile.internal.schoolwork.IncidentDtos.Recorded;

/**
 * Students' offences and substance use (BR-J17, L1177-1181): reported to the school management immediately — a task
 * due at once by norm {@code juvenile.school.management-report.deadline} (0 hours), completed by recording the
 * report. A criminal offence (BR-J16, L1140-1144) also initiates a meeting of the school's prevention council in the
 * same action: a council record and its task by norm {@code juvenile.school.prevention-council.deadline}; the
 * council's response measures are recorded later. A minor's records: the unit's readers only.
 */
@Component(service = StudentIncidents.class)
public class StudentIncidents {

    public static final String SUBJECT = "juvenile.student-incident";
    public static final String COUNCIL = "juvenile.prevention-council";
    static final String REPORT_NORM = "juvenile.school.management-report.deadline";
    static final String COUNCIL_NORM = "juvenile.school.prevention-council.deadline";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final Schools schools;
    private final AcademicCalendar academic;
    private final SchoolTasks tasks;
    private final WorkingCalendar calendar;
    private final PersonService persons;

    @Activate
    public StudentIncidents(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference Schools schools, @Reference AcademicCalendar academic,
            @Reference SchoolTasks tasks, @Reference WorkingCalendar calendar, @Reference PersonService persons) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.schools = schools;
        this.academic = academic;
        this.tasks = tasks;
        this.calendar = calendar;
        this.persons = persons;
    }

    public Recorded record(Caller caller, NewIncident n) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        if (n.schoolId() == null) {
            errors.add("schoolId", "required");
        }
        String name = Checks.text(errors, "studentName", n.studentName(), 300, true);
        String className = Checks.text(errors, "className", n.className(), 20, false);
        String description = Checks.text(errors, "description", n.description(), 4000, true);
        if (n.kind() == null) {
            errors.add("kind", "required");
        }
        LocalDate occurredOn = n.occurredOn() == null ? today : n.occurredOn();
        if (occurredOn.isAfter(today)) {
            errors.add("occurredOn", "date.future");
        }
        errors.throwIfAny();
        if (n.personId() != null) {
            try {
                persons.get(Caller.system(JuvenileAccess.UNIT), n.personId());
            } catch (NotFoundException e) {
                throw ValidationException.of("personId", "person.unknown", n.personId());
            }
        }
        Officer inspector = access.actingFor(caller, "inspectorId", n.inspectorId(), AuditAction.CREATE, SUBJECT);
        Optional<AcademicQuarter> quarter = academic.quarterOn(occurredOn);
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            School school = schools.find(em, caller, "schoolId", n.schoolId(), AuditAction.CREATE);
            String path = schools.pathOf(em, school.id());
            StudentIncidentEntity e = new StudentIncidentEntity();
            e.setDepartmentId(school.departmentId());
            e.setDepartmentPath(path);
            e.setSchoolId(school.id());
            quarter.ifPresent(q -> {
                e.setStartYear(q.startYear());
                e.setQuarterNo(q.quarter());
            });
            e.setInspectorId(inspector.id());
            e.setPersonId(n.personId());
            e.setStudentName(name);
            e.setClassName(className);
            e.setKind(n.kind());
            e.setOccurredOn(occurredOn);
            e.setDescription(description);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            // BR-J17: report to the school management immediately (0 hours)
            Task report = tasks.create(caller, NewTask.byNorm(JuvenileAccess.UNIT, SchoolTasks.MANAGEMENT_REPORT,
                    "Білім беру ұйымының басшылығына дереу хабарлау / немедленно сообщить руководству школы: "
                            + school.name(), SUBJECT, e.getId(), school.departmentId(), inspector.id(), REPORT_NORM,
                    now));
            e.setReportTaskId(report.id());
            e.setReportDueAt(report.dueAt());
            PreventionCouncilEntity c = null;
            if (n.kind().criminal()) {
                // BR-J16: a criminal offence initiates the prevention council meeting immediately
                c = new PreventionCouncilEntity();
                c.setDepartmentId(school.departmentId());
                c.setDepartmentPath(path);
                c.setSchoolId(school.id());
                c.setStartYear(e.getStartYear());
                c.setQuarterNo(e.getQuarterNo());
                c.setIncidentId(e.getId());
                c.setInspectorId(inspector.id());
                c.setInitiatedAt(now);
                c.setCreatedBy(caller.username());
                c.setCreatedAt(now);
                em.persist(c);
                Task council = tasks.create(caller, NewTask.byNorm(JuvenileAccess.UNIT,
                        SchoolTasks.PREVENTION_COUNCIL, "Алдын алу жөніндегі кеңестің отырысы / заседание совета "
                                + "профилактики: " + school.name(), COUNCIL, c.getId(), school.departmentId(),
                        inspector.id(), COUNCIL_NORM, now));
                c.setTaskId(council.id());
                c.setDueAt(council.dueAt());
                e.setCouncilId(c.getId());
            }
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), e.getDepartmentId(),
                    n.kind() + " at school " + school.id() + (c == null ? "" : ", council " + c.getId()));
            if (c != null) {
                audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, COUNCIL, c.getId(),
                        c.getDepartmentId(), "initiated on incident " + e.getId());
            }
            return new Recorded(toDto(e), c == null ? null : toDto(c));
        });
    }

    /** Records the report to the school management; completes its task. */
    public Incident reported(Caller caller, long id, Long expectedVersion, ManagementReport r) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        ValidationException.Collector errors = new ValidationException.Collector();
        String to = Checks.text(errors, "reportedTo", r == null ? null : r.reportedTo(), 300, true);
        Instant now = Instant.now();
        Instant at = r == null || r.reportedAt() == null ? now : r.reportedAt();
        if (at.isAfter(now.plusSeconds(60))) {
            errors.add("reportedAt", "date.future");
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            StudentIncidentEntity e = em.find(StudentIncidentEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.UPDATE, SUBJECT,
                    id);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            if (e.getReportedAt() != null) {
                throw new ConflictException("reportedAt", "juvenile.schoolwork.incident.reported", e.getReportedAt());
            }
            e.setReportedAt(at);
            e.setReportedTo(to);
            em.flush();
            tasks.complete(caller, SchoolTasks.MANAGEMENT_REPORT, SUBJECT, id, null, "reported to " + to);
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "reported to the school management at " + at);
            return toDto(e);
        });
    }

    /** Records the council's meeting and the response measures; completes its task. */
    public Council held(Caller caller, long id, Long expectedVersion, CouncilMeeting m) {
        access.requireWorker(caller, AuditAction.UPDATE, COUNCIL, id);
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        String measures = Checks.text(errors, "measures", m == null ? null : m.measures(), 4000, true);
        LocalDate on = m == null || m.heldOn() == null ? today : m.heldOn();
        if (on.isAfter(today)) {
            errors.add("heldOn", "date.future");
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            PreventionCouncilEntity c = em.find(PreventionCouncilEntity.class, id);
            if (c == null) {
                throw new NotFoundException(COUNCIL, id);
            }
            access.requireInScope(caller, c.getDepartmentPath(), c.getDepartmentId(), AuditAction.UPDATE, COUNCIL,
                    id);
            VersionMismatchException.check(expectedVersion, c.getVersion());
            if (c.getHeldOn() != null) {
                throw new ConflictException("heldOn", "juvenile.schoolwork.council.held", c.getHeldOn());
            }
            c.setHeldOn(on);
            c.setMeasures(measures);
            em.flush();
            tasks.complete(caller, SchoolTasks.PREVENTION_COUNCIL, COUNCIL, id, null, "held on " + on);
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, COUNCIL, id, c.getDepartmentId(),
                    "held on " + on);
            return toDto(c);
        });
    }

    public Incident get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            StudentIncidentEntity e = em.find(StudentIncidentEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, SUBJECT, id);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    public Council council(Caller caller, long id) {
        access.requireReader(caller, COUNCIL, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            PreventionCouncilEntity c = em.find(PreventionCouncilEntity.class, id);
            if (c == null) {
                throw new NotFoundException(COUNCIL, id);
            }
            access.requireInScope(caller, c.getDepartmentPath(), c.getDepartmentId(), AuditAction.READ, COUNCIL, id);
            audit.record(caller, AuditAction.READ, COUNCIL, id, c.getDepartmentId());
            return toDto(c);
        });
    }

    /** Filters; null means any. {@code open}: not yet reported to the school (incidents) / not yet held (councils). */
    public record Query(Long schoolId, IncidentKind kind, Boolean open, LocalDate from, LocalDate to) {
    }

    public Page<Incident> list(Caller caller, Query q, PageRequest page) {
        return search(caller, SUBJECT, "StudentIncidentEntity", StudentIncidentEntity.class, "e.reportedAt",
                "e.occurredOn", q, page, StudentIncidents::toDto);
    }

    public Page<Council> councils(Caller caller, Query q, PageRequest page) {
        return search(caller, COUNCIL, "PreventionCouncilEntity", PreventionCouncilEntity.class, "e.heldOn",
                "e.heldOn", new Query(q.schoolId(), null, q.open(), q.from(), q.to()), page, StudentIncidents::toDto);
    }

    private <E, D> Page<D> search(Caller caller, String subject, String entity, Class<E> type, String doneField,
            String dateField, Query q, PageRequest page, java.util.function.Function<E, D> dto) {
        access.requireReader(caller, subject, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        StringBuilder where = new StringBuilder(" FROM " + entity + " e WHERE e.departmentPath LIKE :scope");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope + "%");
        if (q.schoolId() != null) {
            where.append(" AND e.schoolId = :school");
            params.put("school", q.schoolId());
        }
        if (q.kind() != null) {
            where.append(" AND e.kind = :kind");
            params.put("kind", q.kind());
        }
        if (q.open() != null) {
            where.append(q.open() ? " AND " + doneField + " IS NULL" : " AND " + doneField + " IS NOT NULL");
        }
        if (q.from() != null) {
            where.append(" AND " + dateField + " >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            where.append(" AND " + dateField + " <= :to");
            params.put("to", q.to());
        }
        Page<D> result = jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<E> select = em.createQuery("SELECT e" + where + " ORDER BY e.id DESC", type);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            params.forEach((k, v) -> {
                select.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<D> items = new ArrayList<>();
            select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .forEach(e -> items.add(dto.apply(e)));
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, subject, null, null,
                "search " + q + " -> " + result.total());
        return result;
    }

    /** The incidents of a school in a period (for statements and the control file; inside a transaction). */
    static List<StudentIncidentEntity> incidentsOf(EntityManager em, long schoolId, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT e FROM StudentIncidentEntity e WHERE e.schoolId = :s AND e.occurredOn >= :f "
                + "AND e.occurredOn <= :t ORDER BY e.occurredOn, e.id", StudentIncidentEntity.class)
                .setParameter("s", schoolId).setParameter("f", from).setParameter("t", to).getResultList();
    }

    static String code(Integer startYear, Integer quarter) {
        return startYear == null ? null : startYear + "/" + (startYear + 1) + "-Q" + quarter;
    }

    static Incident toDto(StudentIncidentEntity e) {
        return new Incident(e.getId(), e.getDepartmentId(), e.getSchoolId(), code(e.getStartYear(),
                e.getQuarterNo()), e.getInspectorId(), e.getPersonId(), e.getStudentName(), e.getClassName(),
                e.getKind(), e.getOccurredOn(), e.getDescription(), e.getReportTaskId(), e.getReportDueAt(),
                e.getReportedAt(), e.getReportedTo(), e.getCouncilId(), e.getCreatedBy(), e.getCreatedAt(),
                e.getVersion());
    }

    static Council toDto(PreventionCouncilEntity c) {
        return new Council(c.getId(), c.getDepartmentId(), c.getSchoolId(), code(c.getStartYear(), c.getQuarterNo()),
                c.getIncidentId(), c.getInspectorId(), c.getInitiatedAt(), c.getTaskId(), c.getDueAt(),
                c.getHeldOn(), c.getMeasures(), c.getCreatedBy(), c.getCreatedAt(), c.getVersion());
    }
}
