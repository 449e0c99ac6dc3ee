package kz.police.lps.unit.district.internal.destructive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;
import kz.police.lps.unit.district.internal.precinct.DistrictTree;
import kz.police.lps.unit.district.internal.prevention.ActingOfficer;
import kz.police.lps.unit.district.internal.prevention.OccurrenceTasks;

/**
 * Monitoring of followers of destructive religious movements (WF-11) on the restricted register
 * {@code district.destructive-movements}. Need-to-know: every operation is open only to the district unit's roles and
 * {@code lps-admin}; anyone else is refused (403, audited) before anything is read.
 * <ul>
 * <li>BR-31 (L589-598): information every 10 calendar days to the counter-extremism unit or the criminal-police
 * officer charged with it, with the actual and registered address, the family, the way of life and behaviour and
 * other operational information; the recurring task per 10-day window is {@link InformationObligation}'s, and
 * sending the information completes the window's task (and an overdue earlier one, late).</li>
 * <li>BR-32 (L598-604): an absence from the residence is recorded with the immediate notification of the duty
 * officers, in the same action as the task for the written report to the head of the body, due 24 hours after the
 * absence was established (norm {@code district.destructive-movements.absence-report-deadline}); filing the report
 * completes it.</li>
 * <li>BR-33 (L604-606): each report is filed at a police point; the point's accumulation file lists them.</li>
 * </ul>
 */
@Component(service = DestructiveMovements.class)
public class DestructiveMovements {

    public static final String REGISTER = "district.destructive-movements";
    public static final String INFO_SUBJECT = "district.dm-information";
    public static final String ABSENCE_SUBJECT = "district.dm-absence";
    public static final String FILE_SUBJECT = "district.accumulation-file";
    /** Task kind of a 10-day window's information; subject (registration, id). */
    public static final String INFO_TASK = "district.destructive-movements.information";
    /** Task kind of the written report on an absence; subject ({@value #ABSENCE_SUBJECT}, id). */
    public static final String ABSENCE_TASK = "district.destructive-movements.absence-report";
    public static final String INTERVAL_NORM = "district.destructive-movements.information-interval";
    public static final String ABSENCE_NORM = "district.destructive-movements.absence-report-deadline";
    /** Clocks of clients and server differ a little: "not in the future" allows this many seconds. */
    private static final long CLOCK_SKEW_SECONDS = 120;

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final RegisterService registers;
    private final NormService norms;
    private final WorkingCalendar calendar;
    private final TaskService tasks;
    private final OccurrenceTasks occurrences;
    private final OrgService org;
    private final DistrictTree tree;

    @Activate
    public DestructiveMovements(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference RegisterService registers, @Reference NormService norms,
            @Reference WorkingCalendar calendar, @Reference TaskService tasks, @Reference OccurrenceTasks occurrences,
            @Reference OrgService org, @Reference DistrictTree tree) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.registers = registers;
        this.norms = norms;
        this.calendar = calendar;
        this.tasks = tasks;
        this.occurrences = occurrences;
        this.org = org;
        this.tree = tree;
    }

    /** Files the information of the current 10-day window (BR-31) and completes the window's task. */
    public InformationReport reportInformation(Caller caller, long registrationId, NewInformationReport in) {
        access.requireWorker(caller, AuditAction.CREATE, INFO_SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        String actual = Checks.text(errors, "actualAddress", in.actualAddress(), 500, true);
        String registered = Checks.text(errors, "registeredAddress", in.registeredAddress(), 500, true);
        String family = Checks.text(errors, "familyComposition", in.familyComposition(), 2000, true);
        String lifestyle = Checks.text(errors, "lifestyleBehaviour", in.lifestyleBehaviour(), 2000, true);
        String other = Checks.text(errors, "otherOperationalInfo", in.otherOperationalInfo(), 4000, true);
        if (in.recipientKind() == null) {
            errors.add("recipientKind", "required");
        }
        String recipient = Checks.text(errors, "recipientName", in.recipientName(), 200, true);
        errors.throwIfAny();
        Registration r = registers.activeOn(caller, REGISTER, registrationId);
        Long officerId = ActingOfficer.of(access, caller, in.officerId(), AuditAction.CREATE, INFO_SUBJECT);
        long pointId = point(caller, in.pointId(), r, officerId, AuditAction.CREATE, INFO_SUBJECT);
        String path = access.departmentPath(caller, "registrationId", r.departmentId(), AuditAction.CREATE,
                INFO_SUBJECT, null);
        int interval = norms.intValue(INTERVAL_NORM, r.departmentId());
        int window = InformationWindows.windowOf(r.startedOn(), today(), interval);
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            InformationReportEntity e = new InformationReportEntity();
            e.setRegistrationId(r.id());
            e.setPersonId(r.personId());
            e.setWindowNo(window);
            e.setWindowDue(InformationWindows.due(r.startedOn(), window, interval));
            e.setActualAddress(actual);
            e.setRegisteredAddress(registered);
            e.setFamilyComposition(family);
            e.setLifestyleBehaviour(lifestyle);
            e.setOtherOperationalInfo(other);
            e.setRecipientKind(in.recipientKind());
            e.setRecipientName(recipient);
            e.setSentAt(now);
            e.setOfficerId(officerId);
            e.setPointId(pointId);
            e.setDepartmentId(r.departmentId());
            e.setDepartmentPath(path);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, INFO_SUBJECT, e.getId(),
                    r.departmentId(), "registration " + r.id() + ", window " + window);
            occurrences.complete(caller, INFO_TASK, RegisterService.SUBJECT, r.id(),
                    k -> Integer.parseInt(k) <= window, "information " + e.getId() + " sent");
            return toDto(e);
        });
    }

    /**
     * Records an absence from the residence with the immediate notification (BR-32) and opens the task for the
     * written report to the head of the body, due 24 hours after the absence was established.
     */
    public AbsenceEvent recordAbsence(Caller caller, long registrationId, NewAbsence in) {
        access.requireWorker(caller, AuditAction.CREATE, ABSENCE_SUBJECT, null);
        Instant latest = Instant.now().plusSeconds(CLOCK_SKEW_SECONDS);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.foundAbsentAt() == null) {
            errors.add("foundAbsentAt", "required");
        } else if (in.foundAbsentAt().isAfter(latest)) {
            errors.add("foundAbsentAt", "date.future");
        }
        if (in.notifiedAt() == null) {
            errors.add("notifiedAt", "required");
        } else if (in.notifiedAt().isAfter(latest)) {
            errors.add("notifiedAt", "date.future");
        } else if (in.foundAbsentAt() != null && in.notifiedAt().isBefore(in.foundAbsentAt())) {
            errors.add("notifiedAt", "date.before", in.foundAbsentAt());
        }
        String centre = Checks.text(errors, "controlCentreOfficer", in.controlCentreOfficer(), 200, true);
        String duty = Checks.text(errors, "dutyUnitOfficer", in.dutyUnitOfficer(), 200, true);
        if (in.channel() == null) {
            errors.add("channel", "required");
        }
        String details = Checks.text(errors, "channelDetails", in.channelDetails(), 200,
                in.channel() == NotificationChannel.OTHER);
        errors.throwIfAny();
        Registration r = registers.activeOn(caller, REGISTER, registrationId);
        Long officerId = ActingOfficer.of(access, caller, in.officerId(), AuditAction.CREATE, ABSENCE_SUBJECT);
        long pointId = point(caller, in.pointId(), r, officerId, AuditAction.CREATE, ABSENCE_SUBJECT);
        String path = access.departmentPath(caller, "registrationId", r.departmentId(), AuditAction.CREATE,
                ABSENCE_SUBJECT, null);
        return jpa.txExpr(TransactionType.Required, em -> {
            AbsenceEventEntity e = new AbsenceEventEntity();
            e.setRegistrationId(r.id());
            e.setPersonId(r.personId());
            e.setFoundAbsentAt(in.foundAbsentAt());
            e.setNotifiedAt(in.notifiedAt());
            e.setControlCentreOfficer(centre);
            e.setDutyUnitOfficer(duty);
            e.setChannel(in.channel());
            e.setChannelDetails(details);
            e.setOfficerId(officerId);
            e.setPointId(pointId);
            e.setDepartmentId(r.departmentId());
            e.setDepartmentPath(path);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e); // the id now: the task names it
            Task task = occurrences.create(caller, NewTask.byNorm(DistrictAccess.UNIT, ABSENCE_TASK,
                    "Тұрғылықты жерінде болмауы туралы баянат / рапорт об отсутствии по месту жительства",
                    ABSENCE_SUBJECT, e.getId(), r.departmentId(), officerId, ABSENCE_NORM, in.foundAbsentAt()));
            e.setTaskId(task.id());
            e.setReportDueAt(task.dueAt());
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, ABSENCE_SUBJECT, e.getId(),
                    r.departmentId(), "registration " + r.id() + ", notified " + in.channel());
            return toDto(e);
        });
    }

    /** Files the written report on an absence (L603-604) and completes its task. */
    public AbsenceEvent reportAbsence(Caller caller, long absenceId, Long expectedVersion, AbsenceReport in) {
        access.requireWorker(caller, AuditAction.UPDATE, ABSENCE_SUBJECT, absenceId);
        Instant now = Instant.now();
        Instant reportedAt = in.reportedAt() != null ? in.reportedAt() : now;
        ValidationException.Collector errors = new ValidationException.Collector();
        String head = Checks.text(errors, "head", in.head(), 200, true);
        String text = Checks.text(errors, "text", in.text(), 4000, true);
        if (reportedAt.isAfter(now.plusSeconds(CLOCK_SKEW_SECONDS))) {
            errors.add("reportedAt", "date.future");
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            AbsenceEventEntity e = find(em, caller, absenceId, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            if (e.getReportedAt() != null) {
                throw new ConflictException("reportedAt", "district.dm.absence.reported");
            }
            if (reportedAt.isBefore(e.getFoundAbsentAt())) {
                throw ValidationException.of("reportedAt", "date.before", e.getFoundAbsentAt());
            }
            e.setReportedAt(reportedAt);
            e.setReportHead(head);
            e.setReportText(text);
            e.setReportedBy(caller.username());
            tasks.completeAll(caller, ABSENCE_TASK, ABSENCE_SUBJECT, String.valueOf(absenceId),
                    "баянат / рапорт " + head);
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, ABSENCE_SUBJECT, absenceId,
                    e.getDepartmentId(), "written report to " + head);
            em.flush();
            return toDto(e);
        });
    }

    public AbsenceEvent absence(Caller caller, long absenceId) {
        access.requireReader(caller, ABSENCE_SUBJECT, absenceId);
        return jpa.txExpr(TransactionType.Required, em -> {
            AbsenceEventEntity e = find(em, caller, absenceId, AuditAction.READ);
            audit.record(caller, AuditAction.READ, ABSENCE_SUBJECT, absenceId, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** A registration of the register with its reports and absences (audited). */
    public MonitoringFile file(Caller caller, long registrationId) {
        access.requireReader(caller, INFO_SUBJECT, registrationId);
        Registration r = registers.getOn(caller, REGISTER, registrationId);
        return jpa.txExpr(TransactionType.Required, em -> {
            MonitoringFile f = file(em, r);
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, INFO_SUBJECT, null, r.departmentId(),
                    "monitoring file of registration " + registrationId);
            return f;
        });
    }

    /** The person's registrations on the register the caller may see, with reports and absences (the card). */
    public List<MonitoringFile> ofPerson(Caller caller, long personId) {
        access.requireReader(caller, INFO_SUBJECT, null);
        List<Registration> mine = registers.history(caller, personId).stream()
                .filter(r -> REGISTER.equals(r.registerId())).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<MonitoringFile> files = new ArrayList<>();
            for (Registration r : mine) {
                files.add(file(em, r));
            }
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, INFO_SUBJECT, null, null,
                    "monitoring of person " + personId);
            return files;
        });
    }

    /**
     * The accumulation file of a police point (BR-33): the information and absence reports filed there, latest first,
     * a window of each.
     */
    public AccumulationFile accumulationFile(Caller caller, Long pointId,
            kz.police.lps.core.api.page.PageRequest page) {
        access.requireReader(caller, FILE_SUBJECT, pointId);
        if (pointId == null) {
            throw ValidationException.of("pointId", "required");
        }
        requirePoint("pointId", pointId);
        access.departmentPath(caller, "pointId", pointId, AuditAction.READ, FILE_SUBJECT, pointId);
        String scope = caller.scope().pathPrefix();
        return jpa.txExpr(TransactionType.Required, em -> {
            String info = " FROM InformationReportEntity e WHERE e.pointId = :p AND e.departmentPath LIKE :scope";
            String away = " FROM AbsenceEventEntity e WHERE e.pointId = :p AND e.departmentPath LIKE :scope";
            List<InformationReport> reports = scope == null ? List.of() : em.createQuery("SELECT e" + info
                    + " ORDER BY e.sentAt DESC, e.id DESC", InformationReportEntity.class)
                    .setParameter("p", pointId).setParameter("scope", scope + "%").setFirstResult(page.offset())
                    .setMaxResults(page.limit()).getResultList().stream().map(DestructiveMovements::toDto).toList();
            List<AbsenceEvent> absences = scope == null ? List.of() : em.createQuery("SELECT e" + away
                    + " ORDER BY e.foundAbsentAt DESC, e.id DESC", AbsenceEventEntity.class)
                    .setParameter("p", pointId).setParameter("scope", scope + "%").setFirstResult(page.offset())
                    .setMaxResults(page.limit()).getResultList().stream().map(DestructiveMovements::toDto).toList();
            long reportsTotal = scope == null ? 0 : em.createQuery("SELECT COUNT(e)" + info, Long.class)
                    .setParameter("p", pointId).setParameter("scope", scope + "%").getSingleResult();
            long absencesTotal = scope == null ? 0 : em.createQuery("SELECT COUNT(e)" + away, Long.class)
                    .setParameter("p", pointId).setParameter("scope", scope + "%").getSingleResult();
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, FILE_SUBJECT, pointId, pointId,
                    reports.size() + " of " + reportsTotal + " information reports, " + absences.size() + " of "
                            + absencesTotal + " absences from " + page.offset());
            return new AccumulationFile(pointId, reports, absences, reportsTotal, absencesTotal, page.limit(),
                    page.offset());
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.now(calendar.zone());
    }

    /**
     * The police point a report is filed at: the one named, else the point above the registration's department,
     * else the point above the officer's; 422 naming {@code pointId} when there is none.
     */
    private long point(Caller caller, Long given, Registration r, Long officerId, AuditAction action,
            String subject) {
        if (given != null) {
            requirePoint("pointId", given);
            access.departmentPath(caller, "pointId", given, action, subject, null);
            return given;
        }
        Optional<Long> point = pointAbove(caller, r.departmentId());
        if (point.isEmpty() && officerId != null) {
            point = pointAbove(caller, access.unitOfficer(caller, "officerId", officerId, action, subject, null)
                    .departmentId());
        }
        return point.orElseThrow(() -> ValidationException.of("pointId", "required"));
    }

    private Optional<Long> pointAbove(Caller caller, Long departmentId) {
        if (departmentId == null) {
            return Optional.empty();
        }
        return org.ancestry(caller, departmentId).stream().filter(u -> u.kind() == OrgUnitKind.POLICE_POINT
                && DistrictAccess.UNIT.equals(u.unitType())).map(OrgUnit::id).reduce((a, b) -> b);
    }

    /** 422 naming {@code field} unless the node is a police point of the district unit (not another unit's). */
    private void requirePoint(String field, long pointId) {
        try {
            tree.node(FILE_SUBJECT, pointId, OrgUnitKind.POLICE_POINT);
        } catch (NotFoundException e) {
            throw ValidationException.of(field, "district.point.unknown", pointId);
        }
    }

    private AbsenceEventEntity find(EntityManager em, Caller caller, long id, AuditAction action) {
        AbsenceEventEntity e = em.find(AbsenceEventEntity.class, id);
        if (e == null) {
            throw new NotFoundException(ABSENCE_SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, ABSENCE_SUBJECT, id);
        return e;
    }

    private static MonitoringFile file(EntityManager em, Registration r) {
        List<InformationReport> info = em.createQuery("SELECT e FROM InformationReportEntity e "
                + "WHERE e.registrationId = :r ORDER BY e.sentAt DESC, e.id DESC", InformationReportEntity.class)
                .setParameter("r", r.id()).getResultList().stream().map(DestructiveMovements::toDto).toList();
        List<AbsenceEvent> absences = em.createQuery("SELECT e FROM AbsenceEventEntity e "
                + "WHERE e.registrationId = :r ORDER BY e.foundAbsentAt DESC, e.id DESC", AbsenceEventEntity.class)
                .setParameter("r", r.id()).getResultList().stream().map(DestructiveMovements::toDto).toList();
        return new MonitoringFile(r, info, absences);
    }

    static InformationReport toDto(InformationReportEntity e) {
        return new InformationReport(e.getId(), e.getRegistrationId(), e.getPersonId(), e.getWindowNo(),
                e.getWindowDue(), e.getActualAddress(), e.getRegisteredAddress(), e.getFamilyComposition(),
                e.getLifestyleBehaviour(), e.getOtherOperationalInfo(), e.getRecipientKind(), e.getRecipientName(),
                e.getSentAt(), e.getOfficerId(), e.getPointId(), e.getDepartmentId(), e.getCreatedBy());
    }

    static AbsenceEvent toDto(AbsenceEventEntity e) {
        return new AbsenceEvent(e.getId(), e.getRegistrationId(), e.getPersonId(), e.getFoundAbsentAt(),
                e.getNotifiedAt(), e.getControlCentreOfficer(), e.getDutyUnitOfficer(), e.getChannel(),
                e.getChannelDetails(), e.getOfficerId(), e.getPointId(), e.getTaskId(), e.getReportDueAt(),
                e.getReportedAt(), e.getReportHead(), e.getReportText(), e.getReportedBy(), e.getDepartmentId(),
                e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }
}
