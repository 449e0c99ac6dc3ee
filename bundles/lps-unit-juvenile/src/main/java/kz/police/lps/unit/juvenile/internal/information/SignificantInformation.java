package kz.police.lps.unit.juvenile.internal.information;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

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
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;

/**
 * Significant information (WF-J6, BR-J40, N-J16; L951-956; US-J47): the inspector collects information on persons and
 * facts of interest to the IAB and reports it <em>immediately</em> by баянат to the IAB management or the relevant
 * unit. Recording the report opens a task for management due at once (norm
 * {@code juvenile.significant-information.report-deadline}, 0 hours, counted from the report); management signs it
 * (the unit's head role or {@code lps-admin}), which completes the task; the unit checks it and records the result;
 * the signed copy with the check results is filed. The file is the unit's <em>significant-information</em>
 * accumulation file kept here by key ({@code person:<id>} or {@code department:<id>}); the minor's preventive
 * accumulation file belongs to the prevention area. Every transition is audited with the write; reads are audited.
 * A report may name a person: it is need-to-know like every record of the unit.
 */
@Component(service = SignificantInformation.class)
public class SignificantInformation {

    public static final String SUBJECT = "juvenile.significant-information";
    public static final String TASK_KIND = "juvenile.significant-information";
    /** N-J16: immediately (0 hours). */
    public static final String NORM = "juvenile.significant-information.report-deadline";

    private static final Caller SYSTEM = Caller.system(JuvenileAccess.UNIT);

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final TaskService tasks;
    private final PersonService persons;

    @Activate
    public SignificantInformation(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference TaskService tasks, @Reference PersonService persons) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.tasks = tasks;
        this.persons = persons;
    }

    public SignificantInfo report(Caller caller, NewSignificantInfo in) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ValidationException.Collector errors = new ValidationException.Collector();
        String subject = Checks.text(errors, "subject", in.subject(), 500, true);
        String facts = Checks.text(errors, "facts", in.facts(), 4000, true);
        String recipient = Checks.text(errors, "recipient", in.recipient(), 300, true);
        Instant reportedAt = in.reportedAt() == null ? now : in.reportedAt().truncatedTo(ChronoUnit.MILLIS);
        if (reportedAt.isAfter(now.plusSeconds(300))) {
            errors.add("reportedAt", "date.future");
        }
        errors.throwIfAny();
        Officer officer = access.actingFor(caller, "officerId", in.officerId(), AuditAction.CREATE, SUBJECT);
        String path = access.departmentPath(caller, "officerId", officer.departmentId(), AuditAction.CREATE, SUBJECT,
                null);
        if (in.personId() != null) {
            try {
                persons.get(caller, in.personId());
            } catch (NotFoundException e) {
                throw ValidationException.of("personId", "person.unknown", in.personId());
            }
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            SignificantInfoEntity e = new SignificantInfoEntity();
            e.setOfficerId(officer.id());
            e.setDepartmentId(officer.departmentId());
            e.setDepartmentPath(path);
            e.setReportedAt(reportedAt);
            e.setPersonId(in.personId());
            e.setSubject(subject);
            e.setFacts(facts);
            e.setRecipient(recipient);
            e.setStatus(InfoStatus.REPORTED);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            // the task is management's, unassigned: the platform opens it for the reporting inspector
            Task task = tasks.create(SYSTEM, NewTask.byNorm(JuvenileAccess.UNIT, TASK_KIND,
                    "Баянат: маңызды ақпарат / рапорт о значимой информации: " + abbreviate(subject), SUBJECT,
                    e.getId(), officer.departmentId(), null, NORM, reportedAt));
            e.setTaskId(task.id());
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), e.getDepartmentId());
            return toDto(e);
        });
    }

    /** Management signs the report (the unit's head role or lps-admin); the immediate task is completed. */
    public SignificantInfo sign(Caller caller, long id, Long expectedVersion, String signedBy) {
        access.requireHead(caller, AuditAction.UPDATE, SUBJECT, id);
        ValidationException.Collector errors = new ValidationException.Collector();
        String by = Checks.text(errors, "signedBy", signedBy, 200, true);
        errors.throwIfAny();
        return transition(caller, id, expectedVersion, InfoStatus.REPORTED, InfoStatus.SIGNED, e -> {
            e.setSignedBy(by);
            e.setSignedAt(Instant.now());
            tasks.completeAll(SYSTEM, TASK_KIND, SUBJECT, String.valueOf(id), "қол қойылды / подписано: " + by);
        });
    }

    /** The check of the report and its result (workers and heads). */
    public SignificantInfo check(Caller caller, long id, Long expectedVersion, String result) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        ValidationException.Collector errors = new ValidationException.Collector();
        String checkResult = Checks.text(errors, "checkResult", result, 4000, true);
        errors.throwIfAny();
        return transition(caller, id, expectedVersion, InfoStatus.SIGNED, InfoStatus.CHECKED, e -> {
            e.setCheckResult(checkResult);
            e.setCheckedAt(Instant.now());
        });
    }

    /** Files the signed copy with the check results in the significant-information accumulation file. */
    public SignificantInfo file(Caller caller, long id, Long expectedVersion) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        return transition(caller, id, expectedVersion, InfoStatus.CHECKED, InfoStatus.FILED, e -> {
            e.setFileKey(fileKey(e.getPersonId(), e.getDepartmentId()));
            e.setFiledAt(Instant.now());
        });
    }

    /** The accumulation-file key: by person when the report names one, else by the owning department. */
    static String fileKey(Long personId, long departmentId) {
        return personId != null ? "person:" + personId : "department:" + departmentId;
    }

    private SignificantInfo transition(Caller caller, long id, Long expectedVersion, InfoStatus from, InfoStatus to,
            Consumer<SignificantInfoEntity> apply) {
        return jpa.txExpr(TransactionType.Required, em -> {
            SignificantInfoEntity e = find(em, caller, id, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            if (e.getStatus() != from) {
                throw new ConflictException("status", "juvenile.information.status", e.getStatus().name(),
                        from.name());
            }
            apply.accept(e);
            e.setStatus(to);
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    to.name());
            return toDto(e);
        });
    }

    public SignificantInfo get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            SignificantInfoEntity e = find(em, caller, id, AuditAction.READ);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** The reports in the caller's scope, latest first; about one person and/or in one status. */
    public Page<SignificantInfo> list(Caller caller, Long personId, InfoStatus status, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        Page<SignificantInfo> result = search(caller, personId, status, page);
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                (personId == null ? "" : "person " + personId + ", ") + "ids "
                        + result.items().stream().map(SignificantInfo::id).toList());
        return result;
    }

    /** The reports about a person for the card (the unit's readers only; audited when any is shown). */
    public List<SignificantInfo> ofPerson(Caller caller, long personId, int limit) {
        if (!access.isReader(caller)) {
            return List.of();
        }
        List<SignificantInfo> found = search(caller, personId, null, PageRequest.first(limit)).items();
        if (!found.isEmpty()) {
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                    "card of person " + personId + ", ids " + found.stream().map(SignificantInfo::id).toList());
        }
        return found;
    }

    /** Whether any report names the person (system rights, no content). */
    public boolean holds(long personId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(e) FROM SignificantInfoEntity e"
                + " WHERE e.personId = :p", Long.class).setParameter("p", personId).getSingleResult() > 0);
    }

    private Page<SignificantInfo> search(Caller caller, Long personId, InfoStatus status, PageRequest page) {
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String where = " FROM SignificantInfoEntity e WHERE e.departmentPath LIKE :scope"
                + (personId != null ? " AND e.personId = :p" : "") + (status != null ? " AND e.status = :s" : "");
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<SignificantInfoEntity> q = em.createQuery("SELECT e" + where
                    + " ORDER BY e.reportedAt DESC, e.id DESC", SignificantInfoEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.limit());
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            for (TypedQuery<?> t : List.of(q, count)) {
                t.setParameter("scope", scope + "%");
                if (personId != null) {
                    t.setParameter("p", personId);
                }
                if (status != null) {
                    t.setParameter("s", status);
                }
            }
            return new Page<>(q.getResultList().stream().map(SignificantInformation::toDto).toList(),
                    count.getSingleResult(), page.limit(), page.offset());
        });
    }

    private SignificantInfoEntity find(EntityManager em, Caller caller, long id, AuditAction action) {
        SignificantInfoEntity e = em.find(SignificantInfoEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, SUBJECT, id);
        return e;
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    static SignificantInfo toDto(SignificantInfoEntity e) {
        return new SignificantInfo(e.getId(), e.getOfficerId(), e.getDepartmentId(), e.getReportedAt(),
                e.getPersonId(), e.getSubject(), e.getFacts(), e.getRecipient(), e.getStatus(), e.getSignedBy(),
                e.getSignedAt(), e.getCheckResult(), e.getCheckedAt(), e.getFileKey(), e.getFiledAt(), e.getTaskId(),
                e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }
}
