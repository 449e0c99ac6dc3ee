package kz.police.lps.unit.juvenile.internal.reception;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;

/**
 * Citizen reception schedules of juvenile inspectors (WF-J5 step 1, BR-J12; L945-946): the inspector (or the head for
 * them) proposes the days and hours; the ЖПҚ head approves — in the platform through the unit's head role or as
 * {@code lps-admin}; an inspector's approval is refused (403, audited). Approving supersedes the officer's schedule
 * in force, so one is in force at a time.
 */
@Component(service = ReceptionSchedules.class)
public class ReceptionSchedules {

    public static final String SUBJECT = "juvenile.reception-schedule";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final WorkingCalendar calendar;

    @Activate
    public ReceptionSchedules(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
    }

    public ReceptionSchedule propose(Caller caller, NewReceptionSchedule in) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        String hours = Checks.text(errors, "hours", in.hours(), 1000, true);
        String place = Checks.text(errors, "place", in.place(), 300, false);
        errors.throwIfAny();
        Officer officer = access.actingFor(caller, "officerId", in.officerId(), AuditAction.CREATE, SUBJECT);
        String path = access.departmentPath(caller, "officerId", officer.departmentId(), AuditAction.CREATE, SUBJECT,
                null);
        LocalDate from = in.validFrom() == null ? LocalDate.now(calendar.zone()) : in.validFrom();
        return jpa.txExpr(TransactionType.Required, em -> {
            ReceptionScheduleEntity e = new ReceptionScheduleEntity();
            e.setOfficerId(officer.id());
            e.setDepartmentId(officer.departmentId());
            e.setDepartmentPath(path);
            e.setHours(hours);
            e.setPlace(place);
            e.setValidFrom(from);
            e.setStatus(ScheduleStatus.DRAFT);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), e.getDepartmentId());
            return toDto(e);
        });
    }

    /** BR-J12: the head approves; the officer's schedule in force is superseded in the same transaction. */
    public ReceptionSchedule approve(Caller caller, long id, Long expectedVersion) {
        access.requireHead(caller, AuditAction.UPDATE, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            ReceptionScheduleEntity e = find(em, caller, id, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            if (e.getStatus() != ScheduleStatus.DRAFT) {
                throw new ConflictException("status", "juvenile.reception-schedule.not-draft", e.getStatus().name());
            }
            List<ReceptionScheduleEntity> inForce = em.createQuery("SELECT s FROM ReceptionScheduleEntity s"
                    + " WHERE s.officerId = :o AND s.status = :s", ReceptionScheduleEntity.class)
                    .setParameter("o", e.getOfficerId()).setParameter("s", ScheduleStatus.APPROVED).getResultList();
            inForce.forEach(s -> s.setStatus(ScheduleStatus.SUPERSEDED));
            e.setStatus(ScheduleStatus.APPROVED);
            e.setApprovedBy(caller.username());
            e.setApprovedAt(Instant.now());
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "approved" + (inForce.isEmpty() ? "" : ", superseding " + inForce.stream()
                            .map(ReceptionScheduleEntity::getId).toList()));
            return toDto(e);
        });
    }

    public ReceptionSchedule get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            ReceptionScheduleEntity e = find(em, caller, id, AuditAction.READ);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** The schedules in the caller's scope, latest first; of one officer and/or status. */
    public Page<ReceptionSchedule> list(Caller caller, Long officerId, ScheduleStatus status, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String where = " FROM ReceptionScheduleEntity e WHERE e.departmentPath LIKE :scope"
                + (officerId != null ? " AND e.officerId = :o" : "") + (status != null ? " AND e.status = :s" : "");
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<ReceptionScheduleEntity> q = em.createQuery("SELECT e" + where + " ORDER BY e.id DESC",
                    ReceptionScheduleEntity.class).setFirstResult(page.offset()).setMaxResults(page.limit());
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            for (TypedQuery<?> t : List.of(q, count)) {
                t.setParameter("scope", scope + "%");
                if (officerId != null) {
                    t.setParameter("o", officerId);
                }
                if (status != null) {
                    t.setParameter("s", status);
                }
            }
            List<ReceptionSchedule> items = q.getResultList().stream().map(ReceptionSchedules::toDto).toList();
            audit.record(caller, AuditAction.READ, SUBJECT + "s", null, null);
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    /** The officer's schedule in force, if any (no audit: the journal's own lookup). */
    Optional<ReceptionSchedule> inForce(long officerId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT s FROM ReceptionScheduleEntity s"
                + " WHERE s.officerId = :o AND s.status = :s", ReceptionScheduleEntity.class)
                .setParameter("o", officerId).setParameter("s", ScheduleStatus.APPROVED).getResultList().stream()
                .findFirst().map(ReceptionSchedules::toDto));
    }

    private ReceptionScheduleEntity find(EntityManager em, Caller caller, long id, AuditAction action) {
        ReceptionScheduleEntity e = em.find(ReceptionScheduleEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, SUBJECT, id);
        return e;
    }

    static ReceptionSchedule toDto(ReceptionScheduleEntity e) {
        return new ReceptionSchedule(e.getId(), e.getOfficerId(), e.getDepartmentId(), e.getHours(), e.getPlace(),
                e.getValidFrom(), e.getStatus(), e.getApprovedBy(), e.getApprovedAt(), e.getCreatedBy(),
                e.getCreatedAt(), e.getVersion());
    }
}
