package kz.police.lps.unit.juvenile.internal.reception;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.application.Applicant;
import kz.police.lps.core.api.application.Application;
import kz.police.lps.core.api.application.ApplicationService;
import kz.police.lps.core.api.application.Channel;
import kz.police.lps.core.api.application.NewApplication;
import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;

/**
 * The journal of citizen receptions (WF-J5 step 2, BR-J12; L946-949; US-J16): the inspector enters every reception.
 * A citizen's report of an offence or an appeal that needs a decision also registers an application of the unit's
 * restricted kind {@code juvenile.citizen-reception} in the core's intake, in the same transaction, given to the
 * receiving inspector (the core numbers it and keeps its decision deadline). The entry names the schedule in force.
 */
@Component(service = ReceptionJournal.class)
public class ReceptionJournal {

    public static final String SUBJECT = "juvenile.reception";
    private static final long SKEW_SECONDS = 300;

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final ReceptionSchedules schedules;
    private final PersonService persons;
    private final ApplicationService applications;
    private final WorkingCalendar calendar;

    @Activate
    public ReceptionJournal(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference ReceptionSchedules schedules, @Reference PersonService persons,
            @Reference ApplicationService applications, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.schedules = schedules;
        this.persons = persons;
        this.applications = applications;
        this.calendar = calendar;
    }

    public Reception record(Caller caller, NewReception r) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        Instant now = Instant.now();
        ValidationException.Collector errors = new ValidationException.Collector();
        String subject = Checks.text(errors, "subject", r.subject(), 2000, true);
        String actionTaken = Checks.text(errors, "actionTaken", r.actionTaken(), 2000, false);
        String name = Checks.text(errors, "visitorName", r.visitorName(), 300, r.visitorPersonId() == null);
        String contact = Checks.text(errors, "visitorContact", r.visitorContact(), 200, false);
        Instant receivedAt = r.receivedAt() != null ? r.receivedAt() : now;
        if (receivedAt.isAfter(now.plusSeconds(SKEW_SECONDS))) {
            errors.add("receivedAt", "date.future");
        }
        errors.throwIfAny();
        Officer officer = access.actingFor(caller, "officerId", r.officerId(), AuditAction.CREATE, SUBJECT);
        String path = access.departmentPath(caller, "officerId", officer.departmentId(), AuditAction.CREATE, SUBJECT,
                null);
        if (r.visitorPersonId() != null) {
            try {
                persons.get(caller, r.visitorPersonId());
            } catch (NotFoundException e) {
                throw ValidationException.of("visitorPersonId", "person.unknown", r.visitorPersonId());
            }
        }
        Optional<ReceptionSchedule> schedule = schedules.inForce(officer.id());
        return jpa.txExpr(TransactionType.Required, em -> {
            ReceptionEntity e = new ReceptionEntity();
            e.setOfficerId(officer.id());
            e.setDepartmentId(officer.departmentId());
            e.setDepartmentPath(path);
            e.setReceivedAt(receivedAt);
            e.setVisitorPersonId(r.visitorPersonId());
            e.setVisitorName(name);
            e.setVisitorContact(contact);
            e.setSubject(subject);
            e.setActionTaken(actionTaken);
            e.setFiling(r.filing());
            e.setScheduleId(schedule.map(ReceptionSchedule::id).orElse(null));
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            if (r.filing() != null) {
                Applicant applicant = r.visitorPersonId() != null ? Applicant.person(r.visitorPersonId())
                        : Applicant.named(name, contact);
                Application a = applications.receive(caller, new NewApplication(ReceptionFiling.KIND,
                        Channel.IN_PERSON, receivedAt, applicant, subject, officer.departmentId()));
                a = applications.assign(caller, a.id(), a.version(), officer.id());
                e.setApplicationId(a.id());
                e.setApplicationNumber(a.number());
            }
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), e.getDepartmentId(),
                    e.getApplicationNumber() == null ? null : "application " + e.getApplicationNumber());
            return toDto(e);
        });
    }

    public Reception get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            ReceptionEntity e = em.find(ReceptionEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, SUBJECT, id);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** The journal in the caller's scope, latest first; of one officer, received from..to when given. */
    public Page<Reception> list(Caller caller, Long officerId, LocalDate from, LocalDate to, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        if (from != null && to != null && to.isBefore(from)) {
            throw ValidationException.of("to", "date.before", "from");
        }
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        ZoneId zone = calendar.zone();
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" FROM ReceptionEntity e WHERE e.departmentPath LIKE :scope");
        params.put("scope", scope + "%");
        if (officerId != null) {
            where.append(" AND e.officerId = :o");
            params.put("o", officerId);
        }
        if (from != null) {
            where.append(" AND e.receivedAt >= :from");
            params.put("from", from.atStartOfDay(zone).toInstant());
        }
        if (to != null) {
            where.append(" AND e.receivedAt < :to");
            params.put("to", to.plusDays(1).atStartOfDay(zone).toInstant());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<ReceptionEntity> q = em.createQuery("SELECT e" + where
                    + " ORDER BY e.receivedAt DESC, e.id DESC", ReceptionEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.limit());
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            params.forEach((k, v) -> {
                q.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<Reception> items = q.getResultList().stream().map(ReceptionJournal::toDto).toList();
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                    "ids " + items.stream().map(Reception::id).toList());
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    static Reception toDto(ReceptionEntity e) {
        return new Reception(e.getId(), e.getOfficerId(), e.getDepartmentId(), e.getReceivedAt(),
                e.getVisitorPersonId(), e.getVisitorName(), e.getVisitorContact(), e.getSubject(),
                e.getActionTaken(), e.getFiling(), e.getApplicationId(), e.getApplicationNumber(),
                e.getScheduleId(), e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }
}
