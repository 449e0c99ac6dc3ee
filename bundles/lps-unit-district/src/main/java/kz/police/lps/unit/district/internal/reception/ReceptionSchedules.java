package kz.police.lps.unit.district.internal.reception;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

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
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;

/**
 * Reception schedules of the police points (WF-8, BR-24): the point's workers draft one with the plate's data
 * (reception days and hours, operating hours, the point's and the duty unit's phones, textbook L395-400); only the
 * head (the unit's head role, through which the head of the city/district body acts) or {@code lps-admin} approves it
 * (L629-630). Approving supersedes the schedule in force, so one approved schedule is in force per point.
 */
@Component(service = ReceptionSchedules.class)
public class ReceptionSchedules {

    public static final String SUBJECT = "district.reception-schedule";

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]{4,29}");

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final PolicePoints points;

    @Activate
    public ReceptionSchedules(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference PolicePoints points) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.points = points;
    }

    /** Drafts a schedule of the point (the unit's workers in scope). */
    public ReceptionSchedule draft(Caller caller, long pointId, NewReceptionSchedule s) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        OrgUnit point = points.require(pointId);
        ValidationException.Collector errors = new ValidationException.Collector();
        ReceptionHours.check(errors, "receptionHours", s.receptionHours());
        ReceptionHours.check(errors, "operatingHours", s.operatingHours());
        String pointPhone = phone(errors, "pointPhone", s.pointPhone());
        String dutyPhone = phone(errors, "dutyUnitPhone", s.dutyUnitPhone());
        String note = Checks.text(errors, "note", s.note(), 1000, false);
        errors.throwIfAny();
        String path = access.departmentPath(caller, "pointId", point.id(), AuditAction.CREATE, SUBJECT, null);
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            ReceptionScheduleEntity e = new ReceptionScheduleEntity();
            e.setDepartmentId(point.id());
            e.setDepartmentPath(path);
            e.setReceptionHours(ReceptionHours.format(s.receptionHours()));
            e.setOperatingHours(ReceptionHours.format(s.operatingHours()));
            e.setPointPhone(pointPhone);
            e.setDutyUnitPhone(dutyPhone);
            e.setNote(note);
            e.setStatus(ScheduleStatus.DRAFT);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), point.id());
            return toDto(e);
        });
    }

    /**
     * Approves a draft (BR-24, L629-630): the unit's head or {@code lps-admin} only; the schedule in force so far is
     * superseded in the same transaction.
     */
    public ReceptionSchedule approve(Caller caller, long pointId, long id, Long expectedVersion) {
        access.requireHead(caller, AuditAction.UPDATE, SUBJECT, id);
        points.require(pointId);
        return jpa.txExpr(TransactionType.Required, em -> {
            ReceptionScheduleEntity e = find(em, caller, pointId, id, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            if (e.getStatus() != ScheduleStatus.DRAFT) {
                throw new ConflictException("status", "district.reception.schedule.status", e.getStatus());
            }
            Instant now = Instant.now();
            List<ReceptionScheduleEntity> inForce = em.createQuery(
                    "SELECT s FROM ReceptionScheduleEntity s WHERE s.inForcePointId = :p",
                    ReceptionScheduleEntity.class).setParameter("p", pointId).getResultList();
            for (ReceptionScheduleEntity old : inForce) {
                old.setStatus(ScheduleStatus.SUPERSEDED);
                old.setInForcePointId(null);
                old.setSupersededAt(now);
                old.setSupersededById(id);
                audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, old.getId(), pointId,
                        "superseded by " + id);
            }
            em.flush(); // the old one leaves force before the new one enters it (unique per point)
            e.setStatus(ScheduleStatus.APPROVED);
            e.setInForcePointId(pointId);
            e.setApprovedBy(caller.username());
            e.setApprovedAt(now);
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, pointId, "approved");
            return toDto(e);
        });
    }

    public ReceptionSchedule get(Caller caller, long pointId, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            ReceptionScheduleEntity e = find(em, caller, pointId, id, AuditAction.READ);
            audit.record(caller, AuditAction.READ, SUBJECT, id, pointId);
            return toDto(e);
        });
    }

    /** The point's schedules, newest first. */
    public List<ReceptionSchedule> list(Caller caller, long pointId) {
        access.requireReader(caller, SUBJECT, null);
        OrgUnit point = points.require(pointId);
        access.requireInScope(caller, point.path(), pointId, AuditAction.READ, SUBJECT, null);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<ReceptionSchedule> all = em.createQuery(
                    "SELECT s FROM ReceptionScheduleEntity s WHERE s.departmentId = :p ORDER BY s.id DESC",
                    ReceptionScheduleEntity.class).setParameter("p", pointId).setMaxResults(200).getResultList()
                    .stream().map(ReceptionSchedules::toDto).toList();
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", "point " + pointId, pointId,
                    all.size() + " found");
            return all;
        });
    }

    /** The approved schedule in force at the point (404 when none has been approved). */
    public ReceptionSchedule inForce(Caller caller, long pointId) {
        access.requireReader(caller, SUBJECT, null);
        OrgUnit point = points.require(pointId);
        access.requireInScope(caller, point.path(), pointId, AuditAction.READ, SUBJECT, null);
        ReceptionSchedule s = inForceAt(pointId, Instant.now())
                .orElseThrow(() -> new NotFoundException(SUBJECT, "in force at point " + pointId));
        audit.record(caller, AuditAction.READ, SUBJECT, s.id(), pointId);
        return s;
    }

    /**
     * The schedule that was in force at the point at that moment: approved before it and not superseded by then.
     * No access check: for services deciding on a reception.
     */
    public Optional<ReceptionSchedule> inForceAt(long pointId, Instant moment) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery(
                "SELECT s FROM ReceptionScheduleEntity s WHERE s.departmentId = :p AND s.approvedAt <= :m"
                        + " AND (s.supersededAt IS NULL OR s.supersededAt > :m) ORDER BY s.approvedAt DESC",
                ReceptionScheduleEntity.class).setParameter("p", pointId).setParameter("m", moment)
                .setMaxResults(1).getResultList().stream().findFirst().map(ReceptionSchedules::toDto));
    }

    private ReceptionScheduleEntity find(EntityManager em, Caller caller, long pointId, long id, AuditAction action) {
        ReceptionScheduleEntity e = em.find(ReceptionScheduleEntity.class, id);
        if (e == null || e.getDepartmentId() != pointId) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, SUBJECT, id);
        return e;
    }

    private static String phone(ValidationException.Collector errors, String field, String value) {
        String phone = Checks.text(errors, field, value, 40, true);
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(field, "district.reception.phone");
        }
        return phone;
    }

    static ReceptionSchedule toDto(ReceptionScheduleEntity e) {
        return new ReceptionSchedule(e.getId(), e.getDepartmentId(), e.getStatus(),
                ReceptionHours.parse(e.getReceptionHours()), ReceptionHours.parse(e.getOperatingHours()),
                e.getPointPhone(), e.getDutyUnitPhone(), e.getNote(), e.getApprovedBy(), e.getApprovedAt(),
                e.getSupersededAt(), e.getSupersededById(), e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }
}
