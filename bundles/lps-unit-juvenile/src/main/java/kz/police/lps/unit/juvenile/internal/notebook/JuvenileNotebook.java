package kz.police.lps.unit.juvenile.internal.notebook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.EntityManager;

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
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;

/**
 * The juvenile inspector's daily work notebook (WF-J4, N-J7, L900-902; US-J11): tasks received from the city/district
 * leadership and planned activities, each with its deadline, which becomes a task of the officer in the core's engine
 * in the same transaction as the entry and its audit record. BR-J08 (L1094-1098): every entry names the juvenile
 * duty it serves ({@link JuvenileDuty}); one that names none, or another, is refused (422, nothing written), so no
 * task outside the unit's duties can be given through the notebook. Workers write their own notebook, heads any of
 * the unit's officers' in scope; marking an entry done completes its task.
 */
@Component(service = JuvenileNotebook.class)
public class JuvenileNotebook {

    public static final String SUBJECT = "juvenile.notebook-entry";
    public static final String TASK_KIND = "juvenile.notebook-entry";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final TaskService tasks;
    private final WorkingCalendar calendar;

    @Activate
    public JuvenileNotebook(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference TaskService tasks, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.tasks = tasks;
        this.calendar = calendar;
    }

    public NotebookEntry add(Caller caller, NewNotebookEntry in) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        String text = Checks.text(errors, "text", in.text(), 2000, true);
        String issuedBy = Checks.text(errors, "issuedBy", in.issuedBy(), 200, false);
        LocalDate issuedOn = in.issuedOn() == null ? LocalDate.now(calendar.zone()) : in.issuedOn();
        JuvenileDuty duty = null;
        if (in.dutyArea() == null || in.dutyArea().isBlank()) {
            errors.add("dutyArea", "juvenile.notebook.duty-area.required"); // BR-J08, L1094-1098
        } else {
            duty = JuvenileDuty.parse(in.dutyArea()).orElse(null);
            if (duty == null) {
                errors.add("dutyArea", "juvenile.notebook.duty-area.unknown", in.dutyArea());
            }
        }
        if (in.deadline() == null) {
            errors.add("deadline", "required");
        } else if (in.deadline().isBefore(issuedOn)) {
            errors.add("deadline", "date.before", "issuedOn");
        }
        errors.throwIfAny();
        Officer officer = access.actingFor(caller, "officerId", in.officerId(), AuditAction.CREATE, SUBJECT);
        String path = access.departmentPath(caller, "officerId", officer.departmentId(), AuditAction.CREATE, SUBJECT,
                null);
        JuvenileDuty area = duty;
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            NotebookEntryEntity e = new NotebookEntryEntity();
            e.setOfficerId(officer.id());
            e.setDepartmentId(officer.departmentId());
            e.setDepartmentPath(path);
            e.setSource(in.source() == null ? EntrySource.LEADERSHIP_TASK : in.source());
            e.setDutyArea(area);
            e.setText(text);
            e.setIssuedBy(issuedBy);
            e.setIssuedOn(issuedOn);
            e.setDeadline(in.deadline());
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            Task task = tasks.create(caller, NewTask.dueAt(JuvenileAccess.UNIT, TASK_KIND,
                    "Жұмыс дәптері / рабочая тетрадь: " + abbreviate(text), SUBJECT, e.getId(),
                    officer.departmentId(), officer.id(), calendar.endOf(in.deadline())));
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

    /** An officer's notebook (the caller's own when null), deadlines first; open only / done only when asked. */
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
            List<NotebookEntry> items = em.createQuery("SELECT e" + where + " ORDER BY e.deadline, e.id",
                    NotebookEntryEntity.class).setParameter("o", officer).setParameter("scope", scope + "%")
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(JuvenileNotebook::toDto).toList();
            long total = em.createQuery("SELECT COUNT(e)" + where, Long.class).setParameter("o", officer)
                    .setParameter("scope", scope + "%").getSingleResult();
            audit.record(caller, AuditAction.READ, SUBJECT + "s", "officer " + officer, null);
            return new Page<>(items, total, page.limit(), page.offset());
        });
    }

    /** Marks the entry done and completes its task, in one transaction with its audit record. */
    public NotebookEntry complete(Caller caller, long id, Long expectedVersion, String note) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        ValidationException.Collector errors = new ValidationException.Collector();
        String doneNote = Checks.text(errors, "note", note, 2000, false);
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            NotebookEntryEntity e = find(em, caller, id, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            if (!access.isHead(caller) && !access.officerIdOf(caller).map(o -> o == e.getOfficerId()).orElse(false)) {
                throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId(),
                        "not the officer's own notebook");
            }
            if (e.getDoneAt() != null) {
                throw new ConflictException("doneAt", "juvenile.notebook.done");
            }
            e.setDoneAt(Instant.now());
            e.setDoneNote(doneNote);
            tasks.completeAll(caller, TASK_KIND, SUBJECT, String.valueOf(id), doneNote == null ? "done" : doneNote);
            em.flush();
            audit.record(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId());
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

    static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

    static NotebookEntry toDto(NotebookEntryEntity e) {
        return new NotebookEntry(e.getId(), e.getOfficerId(), e.getDepartmentId(), e.getSource(), e.getDutyArea(),
                e.getText(), e.getIssuedBy(), e.getIssuedOn(), e.getDeadline(), e.getTaskId(), e.getDoneAt(),
                e.getDoneNote(), e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }
}
