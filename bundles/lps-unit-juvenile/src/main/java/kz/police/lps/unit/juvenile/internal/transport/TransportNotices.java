package kz.police.lps.unit.juvenile.internal.transport;

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
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.delivery.DeliveryOutcome;
import kz.police.lps.unit.juvenile.internal.placement.PlacementEntity;

/**
 * Transport inspectors' notices (WF-J14): a runaway child found on a transport facility, handed to the parents or
 * sent to the adaptation centre (BR-J29, N-J21, L1075-1079), and a minor's offence on a transport facility (BR-J30,
 * N-J22, L1089-1092), each notified to the JAU at the minor's place of residence within 3 working days — the norm of
 * the kind ({@link TransportNoticeKind#norm()}) — as a task of the inspector, completed when the notice's outgoing
 * number is recorded.
 */
@Component(service = TransportNotices.class)
public class TransportNotices {

    public static final String SUBJECT = "juvenile.transport-notice";
    public static final String TASK_KIND = "juvenile.transport-notice";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final TaskService tasks;
    private final WorkingCalendar calendar;
    private final PersonService persons;

    @Activate
    public TransportNotices(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference TaskService tasks, @Reference WorkingCalendar calendar,
            @Reference PersonService persons) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.tasks = tasks;
        this.calendar = calendar;
        this.persons = persons;
    }

    public TransportNotice create(Caller caller, NewTransportNotice in) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.personId() == null) {
            errors.add("personId", "required");
        }
        if (in.kind() == null) {
            errors.add("kind", "required");
        }
        String facility = Checks.text(errors, "facility", in.facility(), 300, true);
        String description = Checks.text(errors, "description", in.description(), 4000, true);
        String recipient = Checks.text(errors, "recipientUnit", in.recipientUnit(), 300, true);
        Instant occurredAt = in.occurredAt() != null ? in.occurredAt() : Instant.now();
        if (occurredAt.isAfter(Instant.now().plusSeconds(60))) {
            errors.add("occurredAt", "date.future");
        }
        if (in.kind() == TransportNoticeKind.RUNAWAY_FOUND) {
            // L1075-1077: handed to the parents or sent to the adaptation centre
            if (in.childOutcome() == null) {
                errors.add("childOutcome", "required");
            } else if (in.childOutcome() == DeliveryOutcome.PLACED_IN_CENTRE && in.placementId() == null) {
                errors.add("placementId", "juvenile.delivery.transport.placement");
            }
        } else if (in.kind() != null && (in.childOutcome() != null || in.placementId() != null)) {
            errors.add("childOutcome", "juvenile.delivery.transport.runaway-only");
        }
        errors.throwIfAny();
        Officer officer = access.actingFor(caller, "officerId", in.officerId(), AuditAction.CREATE, SUBJECT);
        long departmentId = officer.departmentId();
        String path = access.departmentPath(caller, "officerId", departmentId, AuditAction.CREATE, SUBJECT, null);
        try {
            persons.get(caller, in.personId());
        } catch (NotFoundException e) {
            throw ValidationException.of("personId", "person.unknown", in.personId());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            if (in.placementId() != null) {
                PlacementEntity p = em.find(PlacementEntity.class, in.placementId());
                if (p == null || p.getPersonId() != in.personId()) {
                    throw ValidationException.of("placementId", "juvenile.placement.unknown", in.placementId());
                }
            }
            TransportNoticeEntity e = new TransportNoticeEntity();
            e.setDepartmentId(departmentId);
            e.setDepartmentPath(path);
            e.setOfficerId(officer.id());
            e.setPersonId(in.personId());
            e.setKind(in.kind());
            e.setFacility(facility);
            e.setOccurredAt(occurredAt);
            e.setDescription(description);
            e.setChildOutcome(in.childOutcome());
            e.setPlacementId(in.placementId());
            e.setRecipientUnit(recipient);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            e.setDueAt(occurredAt); // replaced by the task's deadline below, before the row is written
            em.persist(e);
            Task task = tasks.create(caller, NewTask.byNorm(JuvenileAccess.UNIT, TASK_KIND,
                    in.kind().label().kk() + ": тұрғылықты жері бойынша КТІ бөлімшесіне хабарлау / уведомить ПДН по"
                            + " месту жительства (" + recipient + ")",
                    SUBJECT, e.getId(), departmentId, officer.id(), in.kind().norm(), occurredAt));
            e.setTaskId(task.id());
            e.setDueAt(task.dueAt());
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), departmentId,
                    in.kind() + " person " + in.personId() + " due " + task.dueAt());
            return toDto(e);
        });
    }

    /** The notice as sent: its outgoing number and day; the task completes. */
    public record Sent(String outgoingNumber, LocalDate sentOn) {
    }

    public TransportNotice sent(Caller caller, long id, Long expectedVersion, Sent s) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        String number = Checks.text(errors, "outgoingNumber", s == null ? null : s.outgoingNumber(), 60, true);
        LocalDate on = s == null || s.sentOn() == null ? today : s.sentOn();
        if (on.isAfter(today)) {
            errors.add("sentOn", "date.future");
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            TransportNoticeEntity e = find(em, caller, id, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            if (e.getSentOn() != null) {
                throw new ConflictException("sentOn", "juvenile.delivery.notice.sent", e.getSentOn());
            }
            LocalDate occurred = e.getOccurredAt().atZone(calendar.zone()).toLocalDate();
            if (on.isBefore(occurred)) {
                throw ValidationException.of("sentOn", "date.before", occurred);
            }
            e.setOutgoingNumber(number);
            e.setSentOn(on);
            em.flush();
            tasks.completeAll(caller, TASK_KIND, SUBJECT, String.valueOf(id), "outgoing No " + number);
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "sent " + number + " on " + on);
            return toDto(e);
        });
    }

    public TransportNotice get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            TransportNoticeEntity e = find(em, caller, id, AuditAction.READ);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** The notices in the caller's scope, latest first; {@code due}: not yet sent. */
    public Page<TransportNotice> list(Caller caller, Long personId, Boolean due, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String where = " FROM TransportNoticeEntity e WHERE e.departmentPath LIKE :scope"
                + (personId != null ? " AND e.personId = :person" : "")
                + (due == null ? "" : due ? " AND e.sentOn IS NULL" : " AND e.sentOn IS NOT NULL");
        return jpa.txExpr(TransactionType.Required, em -> {
            var select = em.createQuery("SELECT e" + where + " ORDER BY e.occurredAt DESC, e.id DESC",
                    TransportNoticeEntity.class).setParameter("scope", scope + "%");
            var count = em.createQuery("SELECT COUNT(e)" + where, Long.class).setParameter("scope", scope + "%");
            if (personId != null) {
                select.setParameter("person", personId);
                count.setParameter("person", personId);
            }
            List<TransportNotice> items = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(TransportNotices::toDto).toList();
            Page<TransportNotice> result = new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                    "search person " + personId + " due " + due + " -> " + result.total());
            return result;
        });
    }

    private TransportNoticeEntity find(EntityManager em, Caller caller, long id, AuditAction action) {
        TransportNoticeEntity e = em.find(TransportNoticeEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, SUBJECT, id);
        return e;
    }

    static TransportNotice toDto(TransportNoticeEntity e) {
        return new TransportNotice(e.getId(), e.getDepartmentId(), e.getOfficerId(), e.getPersonId(), e.getKind(),
                e.getFacility(), e.getOccurredAt(), e.getDescription(), e.getChildOutcome(), e.getPlacementId(),
                e.getRecipientUnit(), e.getTaskId(), e.getDueAt(), e.getOutgoingNumber(), e.getSentOn(),
                e.getSentOn() != null, e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }
}
