package kz.police.lps.unit.district.internal.notebook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;

/**
 * The work notebook of district inspectors and assistants (WF-6, textbook L432-435): every assignment of a direct
 * superior is written down with its deadline (BR-21: an entry without one is refused), and the deadline becomes a
 * task of the officer in the core's engine in the same transaction as the entry and its audit record. Marking the
 * entry done completes the task. Inspectors and assistants write their own notebook; heads any officer's in scope.
 */
@Component(service = WorkNotebook.class)
public class WorkNotebook {

    public static final String SUBJECT = "district.notebook-entry";
    /** Task kind of a notebook assignment's deadline. */
    public static final String TASK_KIND = "district.notebook-assignment";

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final TaskService tasks;
    private final WorkingCalendar calendar;

    @Activate
    public WorkNotebook(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference TaskService tasks, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.tasks = tasks;
        this.calendar = calendar;
    }

    public NotebookEntry add(Caller caller, NewNotebookEntry entry) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        String assignment = Checks.text(errors, "assignment", entry.assignment(), 2000, true);
        String issuedBy = Checks.text(errors, "issuedBy", entry.issuedBy(), 200, true);
        LocalDate issuedOn = entry.issuedOn() == null ? LocalDate.now(calendar.zone()) : entry.issuedOn();
        if (entry.deadline() == null) {
            errors.add("deadline", "required"); // BR-21: every entry carries its deadline (L434-435)
        } else if (entry.deadline().isBefore(issuedOn)) {
            errors.add("deadline", "date.before", "issuedOn");
        }
        errors.throwIfAny();
        Officer officer = access.actingFor(caller, "officerId", entry.officerId(), AuditAction.CREATE, SUBJECT);
        String path = access.departmentPath(caller, "officerId", officer.departmentId(), AuditAction.CREATE, SUBJECT,
                null);
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            NotebookEntryEntity e = new NotebookEntryEntity();
            e.setOfficerId(officer.id());
            e.setDepartmentId(officer.departmentId());
            e.setDepartmentPath(path);
            e.setAssignment(assignment);
            e.setIssuedBy(issuedBy);
            e.setIssuedOn(issuedOn);
            e.setDeadline(entry.deadline());
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e); // the sequence gives the id now: the task names it, and the row is inserted once
            Task task = tasks.create(caller, NewTask.dueAt(DistrictAccess.UNIT, TASK_KIND,
                    "Жұмыс дәптері: " + abbreviate(assignment), SUBJECT, e.getId(), officer.departmentId(),
                    officer.id(), calendar.endOf(entry.deadline())));
            e.setTaskId(task.id());
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), e.getDepartmentId());
            return toDto(e);
        });
    }

    public NotebookEntry get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            NotebookEntryEntity e = find(em, caller, id, AuditAction.READ);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** An officer's notebook (the caller's own when {@code officerId} is null), deadlines first. */
    public Page<NotebookEntry> list(Caller caller, Long officerId, Boolean open, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        long officer = officerId != null ? officerId
                : access.officerIdOf(caller).orElseThrow(() -> ValidationException.of("officer", "required"));
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String where = " FROM NotebookEntryEntity e WHERE e.officerId = :o AND e.departmentPath LIKE :scope"
                + (Boolean.TRUE.equals(open) ? " AND e.doneAt IS NULL" : "")
                + (Boolean.FALSE.equals(open) ? " AND e.doneAt IS NOT NULL" : "");
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<NotebookEntryEntity> q = em.createQuery("SELECT e" + where + " ORDER BY e.deadline, e.id",
                    NotebookEntryEntity.class).setParameter("o", officer).setParameter("scope", scope + "%")
                    .setFirstResult(page.offset()).setMaxResults(page.limit());
            long total = em.createQuery("SELECT COUNT(e)" + where, Long.class).setParameter("o", officer)
                    .setParameter("scope", scope + "%").getSingleResult();
            List<NotebookEntry> items = q.getResultList().stream().map(WorkNotebook::toDto).toList();
            audit.record(caller, AuditAction.READ, SUBJECT + "s", "officer " + officer, null);
            return new Page<>(items, total, page.limit(), page.offset());
        });
    }

    /** Marks the assignment done and completes its task, with the entry's audit record, in one transaction. */
    public NotebookEntry complete(Caller caller, long id, Long expectedVersion, String note) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        ValidationException.Collector errors = new ValidationException.Collector();
        String doneNote = Checks.text(errors, "note", note, 2000, false);
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            NotebookEntryEntity e = find(em, caller, id, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            if (!access.isHead(caller) && !access.officerIdOf(caller).map(e.getOfficerId()::equals).orElse(false)) {
                throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId(),
                        "not the officer's own notebook");
            }
            if (e.getDoneAt() != null) {
                throw new ConflictException("doneAt", "district.notebook.done");
            }
            e.setDoneAt(Instant.now());
            e.setDoneNote(doneNote);
            tasks.completeAll(caller, TASK_KIND, SUBJECT, String.valueOf(id), doneNote == null ? "done" : doneNote);
            audit.record(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId());
            em.flush();
            return toDto(e);
        });
    }

    private NotebookEntryEntity find(EntityManager em, Caller caller, long id, AuditAction action) {
        NotebookEntryEntity e = em.find(NotebookEntryEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, SUBJECT, id);
        return e;
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    static NotebookEntry toDto(NotebookEntryEntity e) {
        return new NotebookEntry(e.getId(), e.getOfficerId(), e.getDepartmentId(), e.getAssignment(),
                e.getIssuedBy(), e.getIssuedOn(), e.getDeadline(), e.getTaskId(), e.getDoneAt(), e.getDoneNote(),
                e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }
}
