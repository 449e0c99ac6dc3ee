package kz.police.lps.unit.district.internal.appointment;

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
import kz.police.lps.core.api.org.OfficerNames;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.core.api.task.TaskQuery;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.core.api.task.TaskStatus;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;

/**
 * The appointment cycle of a district inspector (WF-2; Order 438 of 17 Jul 2014, textbook L208-250), kept by the
 * head of the unit (or {@code lps-admin}): the candidate for a vacant precinct is registered and the petition to the
 * local executive body falls due by the norm of the candidate's kind, counted in calendar days (holidays count;
 * BR-16 serving officer: 10 days from the report to HR, BR-17 new entrant: 5 days after the document acceptance
 * period, BR-38). The deadline is a task of the department (the vacant precinct) given to the head who opened the
 * case: the IAB management petitions (L236-239) and the head is who acts for it here; a case an administrator
 * opens is left to the department's head. Recording the petition completes the task; the community meeting must
 * show the candidate was presented with the service record and characterisation (BR-18, L241-244), the residents'
 * opinion is recorded and does not bind (L228-231); the case ends appointed by an order or withdrawn.
 */
@Component(service = Appointments.class)
public class Appointments {

    public static final String SUBJECT = "district.appointment";
    /** Task kind of the petition deadline. */
    public static final String TASK_KIND = "district.appointment-petition";

    private static final int NAME_MAX = 300;
    private static final int TEXT_MAX = 2000;

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final TaskService tasks;
    private final WorkingCalendar calendar;
    private final OrgService org;
    private final OfficerService officers;

    @Activate
    public Appointments(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference TaskService tasks, @Reference WorkingCalendar calendar,
            @Reference OrgService org, @Reference OfficerService officers) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.tasks = tasks;
        this.calendar = calendar;
        this.org = org;
        this.officers = officers;
    }

    /** Registers a candidate for a vacant precinct; the petition deadline becomes a task. */
    public AppointmentCase open(Caller caller, NewAppointmentCase c) {
        access.requireHead(caller, AuditAction.CREATE, SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        CandidateKind kind = c.candidateKind();
        if (c.vacancyId() == null) {
            errors.add("vacancyId", "required");
        }
        if (kind == null) {
            errors.add("candidateKind", "required");
        }
        String name = Checks.text(errors, "candidateName", c.candidateName(), NAME_MAX,
                kind == CandidateKind.NEW_ENTRANT);
        if (kind == CandidateKind.SERVING) {
            required(errors, "candidateOfficerId", c.candidateOfficerId());
            required(errors, "reportedOn", c.reportedOn());
            notFor(errors, "acceptanceEndsOn", c.acceptanceEndsOn(), kind);
        } else if (kind == CandidateKind.NEW_ENTRANT) {
            required(errors, "acceptanceEndsOn", c.acceptanceEndsOn());
            notFor(errors, "reportedOn", c.reportedOn(), kind);
            notFor(errors, "candidateOfficerId", c.candidateOfficerId(), kind);
        }
        errors.throwIfAny();
        long vacancyId = c.vacancyId();
        String path = access.departmentPath(caller, "vacancyId", vacancyId, AuditAction.CREATE, SUBJECT, null);
        if (org.get(Caller.system(DistrictAccess.UNIT), vacancyId).kind() != OrgUnitKind.PRECINCT) {
            throw ValidationException.of("vacancyId", "district.appointment.vacancy-kind");
        }
        if (kind == CandidateKind.SERVING) {
            Officer candidate = servingOfficer(c.candidateOfficerId());
            name = name != null ? name
                    : fullName(candidate.surname(), candidate.name(), candidate.patronymic());
        }
        String candidateName = name;
        LocalDate event = kind.event(c.reportedOn(), c.acceptanceEndsOn());
        Long assignee = petitioner(caller).orElse(null);
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            AppointmentCaseEntity e = new AppointmentCaseEntity();
            e.setDepartmentId(vacancyId);
            e.setDepartmentPath(path);
            e.setCandidateName(candidateName);
            e.setCandidateKind(kind);
            e.setCandidateOfficerId(c.candidateOfficerId());
            e.setReportedOn(c.reportedOn());
            e.setAcceptanceEndsOn(c.acceptanceEndsOn());
            e.setPetitionNormKey(kind.petitionNorm());
            e.setStatus(AppointmentStatus.CANDIDATE_REGISTERED);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e); // the id first: the task names it
            // the norm's calendar days from the event day; the core counts them in the region's calendar
            Task task = tasks.create(caller, NewTask.byNorm(DistrictAccess.UNIT, TASK_KIND,
                    "Жергілікті атқарушы органға өтініш / ходатайство в местный исполнительный орган: "
                            + abbreviate(candidateName),
                    SUBJECT, e.getId(), vacancyId, assignee, kind.petitionNorm(),
                    event.atStartOfDay(calendar.zone()).toInstant()));
            e.setTaskId(task.id());
            e.setPetitionDueAt(task.dueAt());
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), vacancyId);
            return toDto(e);
        });
    }

    /** Records the petition to the local executive body; completes the petition task. */
    public AppointmentCase petition(Caller caller, long id, Long expectedVersion, NewPetition p) {
        access.requireHead(caller, AuditAction.UPDATE, SUBJECT, id);
        ValidationException.Collector errors = new ValidationException.Collector();
        LocalDate today = LocalDate.now(calendar.zone());
        past(errors, "sentOn", p.sentOn(), today);
        String body = Checks.text(errors, "executiveBody", p.executiveBody(), NAME_MAX, true);
        String place = Checks.text(errors, "meetingPlace", p.meetingPlace(), NAME_MAX, true);
        required(errors, "meetingAt", p.meetingAt());
        if (p.sentOn() != null && p.meetingAt() != null && p.meetingAt().toLocalDate().isBefore(p.sentOn())) {
            errors.add("meetingAt", "date.before", "sentOn");
        }
        errors.throwIfAny();
        return change(caller, id, expectedVersion, AppointmentStatus.PETITION_SENT, e -> {
            LocalDate event = e.getCandidateKind().event(e.getReportedOn(), e.getAcceptanceEndsOn());
            if (p.sentOn().isBefore(event)) {
                throw ValidationException.of("sentOn", "date.before", e.getCandidateKind().eventField());
            }
            e.setPetitionSentOn(p.sentOn());
            e.setExecutiveBody(body);
            e.setProposedPlace(place);
            e.setProposedAt(p.meetingAt());
            e.setPetitionLate(p.sentOn().isAfter(e.getPetitionDueAt().atZone(calendar.zone()).toLocalDate()));
            tasks.completeAll(caller, TASK_KIND, SUBJECT, String.valueOf(id),
                    "өтініш жіберілді / ходатайство направлено " + p.sentOn() + ": " + abbreviate(body));
        });
    }

    /** Records the community meeting (BR-18: the candidate, service record and characterisation presented). */
    public AppointmentCase meeting(Caller caller, long id, Long expectedVersion, NewMeeting m) {
        access.requireHead(caller, AuditAction.UPDATE, SUBJECT, id);
        ValidationException.Collector errors = new ValidationException.Collector();
        past(errors, "heldOn", m.heldOn(), LocalDate.now(calendar.zone()));
        String place = Checks.text(errors, "place", m.place(), NAME_MAX, true);
        // BR-18 (L241-244): the meeting record must show all three presented
        presented(errors, "candidatePresented", m.candidatePresented());
        presented(errors, "serviceRecordPresented", m.serviceRecordPresented());
        presented(errors, "characterisationPresented", m.characterisationPresented());
        if (m.attendance() != null && m.attendance() < 0) {
            errors.add("attendance", "min", 0);
        }
        String opinion = Checks.text(errors, "residentsOpinion", m.residentsOpinion(), TEXT_MAX, false);
        errors.throwIfAny();
        return change(caller, id, expectedVersion, AppointmentStatus.MEETING_HELD, e -> {
            if (m.heldOn().isBefore(e.getPetitionSentOn())) {
                throw ValidationException.of("heldOn", "date.before", "petition.sentOn");
            }
            e.setMeetingHeldOn(m.heldOn());
            e.setMeetingPlace(place);
            e.setCandidatePresented(true);
            e.setServiceRecordPresented(true);
            e.setCharacterisationPresented(true);
            e.setAttendance(m.attendance());
            e.setResidentsOpinion(opinion);
        });
    }

    /** Ends the case: appointed by an order after the meeting, or withdrawn at any open step (its task cancelled). */
    public AppointmentCase outcome(Caller caller, long id, Long expectedVersion, NewOutcome o) {
        access.requireHead(caller, AuditAction.UPDATE, SUBJECT, id);
        ValidationException.Collector errors = new ValidationException.Collector();
        LocalDate today = LocalDate.now(calendar.zone());
        AppointmentStatus status = o.status();
        String orderNumber = null;
        String reason = null;
        if (status == null) {
            errors.add("status", "required");
        } else if (status == AppointmentStatus.APPOINTED) {
            orderNumber = Checks.text(errors, "orderNumber", o.orderNumber(), 100, true);
            past(errors, "orderDate", o.orderDate(), today);
            reason = Checks.text(errors, "reason", o.reason(), TEXT_MAX, false);
        } else if (status == AppointmentStatus.WITHDRAWN) {
            reason = Checks.text(errors, "reason", o.reason(), TEXT_MAX, true);
        } else {
            errors.add("status", "district.appointment.outcome-status");
        }
        errors.throwIfAny();
        String number = orderNumber;
        String why = reason;
        return change(caller, id, expectedVersion, status, e -> {
            if (status == AppointmentStatus.APPOINTED) {
                if (o.orderDate().isBefore(e.getMeetingHeldOn())) {
                    throw ValidationException.of("orderDate", "date.before", "meeting.heldOn");
                }
                e.setOrderNumber(number);
                e.setOrderDate(o.orderDate());
            } else {
                cancelOpenTasks(caller, e.getId(), why);
            }
            e.setWithdrawalReason(why);
            e.setClosedOn(today);
        });
    }

    public AppointmentCase get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            AppointmentCaseEntity e = find(em, caller, id, AuditAction.READ);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** The cases in the caller's scope, newest first; optionally of one status or one vacant precinct. */
    public Page<AppointmentCase> list(Caller caller, AppointmentStatus status, Long vacancyId, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String where = " FROM AppointmentCaseEntity e WHERE e.departmentPath LIKE :scope"
                + (status != null ? " AND e.status = :status" : "")
                + (vacancyId != null ? " AND e.departmentId = :vacancy" : "");
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<AppointmentCaseEntity> q = em.createQuery("SELECT e" + where + " ORDER BY e.id DESC",
                    AppointmentCaseEntity.class).setFirstResult(page.offset()).setMaxResults(page.limit());
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            for (TypedQuery<?> t : List.of(q, count)) {
                t.setParameter("scope", scope + "%");
                if (status != null) {
                    t.setParameter("status", status);
                }
                if (vacancyId != null) {
                    t.setParameter("vacancy", vacancyId);
                }
            }
            List<AppointmentCase> items = q.getResultList().stream().map(Appointments::toDto).toList();
            long total = count.getSingleResult();
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                    "ids " + items.stream().map(AppointmentCase::id).toList());
            return new Page<>(items, total, page.limit(), page.offset());
        });
    }

    // ---------------------------------------------------------------------------------------------------------

    /** One step of the case in one transaction with its audit record: 409 when the step does not follow. */
    private AppointmentCase change(Caller caller, long id, Long expectedVersion, AppointmentStatus next,
            java.util.function.Consumer<AppointmentCaseEntity> step) {
        return jpa.txExpr(TransactionType.Required, em -> {
            AppointmentCaseEntity e = find(em, caller, id, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            if (!e.getStatus().canMoveTo(next)) {
                throw new ConflictException("status", "district.appointment.transition", e.getStatus(), next);
            }
            step.accept(e);
            e.setStatus(next);
            e.setUpdatedBy(caller.username());
            e.setUpdatedAt(Instant.now());
            em.flush();
            audit.record(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    private void cancelOpenTasks(Caller caller, long id, String reason) {
        TaskQuery open = new TaskQuery(null, TaskStatus.OPEN, null, null, null, DistrictAccess.UNIT, TASK_KIND,
                SUBJECT, String.valueOf(id), null);
        for (Task t : tasks.search(caller, open, PageRequest.first(PageRequest.MAX_LIMIT)).items()) {
            tasks.cancel(caller, t.id(), t.version(), "кандидатура қайтарылды / кандидатура отозвана: " + reason);
        }
    }

    /** The officer who opened the case, when a head of the unit with an officer record on duty in it. */
    private Optional<Long> petitioner(Caller caller) {
        return access.officerIdOf(caller).filter(id -> {
            Officer o = officers.get(Caller.system(DistrictAccess.UNIT), id);
            return DistrictAccess.UNIT.equals(o.unitType()) && o.status() == OfficerStatus.ACTIVE;
        });
    }

    /** A serving candidate: an officer on duty of any service (422 naming the field otherwise). */
    private Officer servingOfficer(long officerId) {
        Officer o;
        try {
            o = officers.get(Caller.system(DistrictAccess.UNIT), officerId);
        } catch (RuntimeException e) {
            throw ValidationException.of("candidateOfficerId", "district.appointment.officer-unknown", officerId);
        }
        if (o.status() != OfficerStatus.ACTIVE) {
            throw ValidationException.of("candidateOfficerId", "district.appointment.officer-unknown", officerId);
        }
        return o;
    }

    private AppointmentCaseEntity find(EntityManager em, Caller caller, long id, AuditAction action) {
        AppointmentCaseEntity e = em.find(AppointmentCaseEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, SUBJECT, id);
        return e;
    }

    private static void required(ValidationException.Collector errors, String field, Object value) {
        if (value == null) {
            errors.add(field, "required");
        }
    }

    private static void notFor(ValidationException.Collector errors, String field, Object value, CandidateKind kind) {
        if (value != null) {
            errors.add(field, "district.appointment.kind-field", kind);
        }
    }

    private static void past(ValidationException.Collector errors, String field, LocalDate day, LocalDate today) {
        if (day == null) {
            errors.add(field, "required");
        } else if (day.isAfter(today)) {
            errors.add(field, "date.future");
        }
    }

    private static void presented(ValidationException.Collector errors, String field, Boolean value) {
        if (!Boolean.TRUE.equals(value)) {
            errors.add(field, "district.appointment.meeting.presented");
        }
    }

    /** The candidate's name from the officer's names, cut to what the record holds (CANDIDATE_NAME, 300). */
    static String fullName(String surname, String name, String patronymic) {
        String full = OfficerNames.join(surname, name, patronymic);
        if (full.length() <= NAME_MAX) {
            return full;
        }
        int end = Character.isHighSurrogate(full.charAt(NAME_MAX - 1)) ? NAME_MAX - 1 : NAME_MAX;
        return full.substring(0, end);
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }

    static AppointmentCase toDto(AppointmentCaseEntity e) {
        AppointmentCase.Petition petition = e.getPetitionSentOn() == null ? null
                : new AppointmentCase.Petition(e.getPetitionSentOn(), e.getExecutiveBody(), e.getProposedPlace(),
                        e.getProposedAt(), Boolean.TRUE.equals(e.getPetitionLate()));
        AppointmentCase.Meeting meeting = e.getMeetingHeldOn() == null ? null
                : new AppointmentCase.Meeting(e.getMeetingHeldOn(), e.getMeetingPlace(),
                        Boolean.TRUE.equals(e.getCandidatePresented()),
                        Boolean.TRUE.equals(e.getServiceRecordPresented()),
                        Boolean.TRUE.equals(e.getCharacterisationPresented()), e.getAttendance(),
                        e.getResidentsOpinion());
        AppointmentCase.Outcome outcome = e.getClosedOn() == null ? null
                : new AppointmentCase.Outcome(e.getClosedOn(), e.getOrderNumber(), e.getOrderDate(),
                        e.getWithdrawalReason());
        return new AppointmentCase(e.getId(), e.getDepartmentId(), e.getCandidateName(), e.getCandidateKind(),
                e.getCandidateOfficerId(), e.getReportedOn(), e.getAcceptanceEndsOn(), e.getPetitionNormKey(),
                e.getPetitionDueAt(), e.getTaskId(), e.getStatus(), petition, meeting, outcome, e.getCreatedBy(),
                e.getCreatedAt(), e.getUpdatedBy(), e.getUpdatedAt(), e.getVersion());
    }
}
