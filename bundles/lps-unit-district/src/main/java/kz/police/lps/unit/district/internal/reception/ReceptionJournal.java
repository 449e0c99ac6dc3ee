package kz.police.lps.unit.district.internal.reception;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;

/**
 * The citizen reception journal (WF-8, BR-25): the inspector or assistant enters every reception at the police point
 * (textbook L626-629). When the visitor reports an incident or offence, or makes an appeal that needs a decision, the
 * entry also registers an application in the core's intake (WF-9, L478-483) in the same transaction, given to the
 * receiving officer: the core numbers it and keeps its decision deadline (norm
 * {@code district.application.decision-deadline}). A reception outside the hours of the point's approved schedule is
 * entered but flagged.
 */
@Component(service = ReceptionJournal.class)
public class ReceptionJournal {

    public static final String SUBJECT = "district.reception";

    /** Clock skew tolerated between a client's "received at" and ours. */
    private static final long SKEW_SECONDS = 300;
    private static final int MAX_APPLICANT = 300;

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final PolicePoints points;
    private final ReceptionSchedules schedules;
    private final PersonService persons;
    private final ApplicationService applications;
    private final WorkingCalendar calendar;

    @Activate
    public ReceptionJournal(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference PolicePoints points, @Reference ReceptionSchedules schedules,
            @Reference PersonService persons, @Reference ApplicationService applications,
            @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.points = points;
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
        String referredTo = Checks.text(errors, "referredTo", r.referredTo(), 300, false);
        String name = Checks.text(errors, "visitorName", r.visitorName(), 300, r.visitorPersonId() == null);
        String contact = Checks.text(errors, "visitorContact", r.visitorContact(), 100, false);
        String address = Checks.text(errors, "visitorAddress", r.visitorAddress(), 300, false);
        if (r.visitorPersonId() == null && contact == null && address == null) {
            errors.add("visitorContact", "district.reception.visitor.contact");
        }
        Instant receivedAt = r.receivedAt() != null ? r.receivedAt() : now;
        if (receivedAt.isAfter(now.plusSeconds(SKEW_SECONDS))) {
            errors.add("receivedAt", "date.future");
        }
        errors.throwIfAny();
        Officer officer = access.actingFor(caller, "officerId", r.officerId(), AuditAction.CREATE, SUBJECT);
        OrgUnit point = points.of("pointId", r.pointId(), officer);
        String path = access.departmentPath(caller, "pointId", point.id(), AuditAction.CREATE, SUBJECT, null);
        if (r.visitorPersonId() != null) {
            requirePerson(caller, "visitorPersonId", r.visitorPersonId());
        }
        Optional<ReceptionSchedule> schedule = schedules.inForceAt(point.id(), receivedAt);
        boolean outside = schedule.map(s -> !ReceptionHours.covers(s.receptionHours(),
                receivedAt.atZone(calendar.zone()).toLocalDateTime())).orElse(true);
        return jpa.txExpr(TransactionType.Required, em -> {
            ReceptionEntity e = new ReceptionEntity();
            e.setDepartmentId(point.id());
            e.setDepartmentPath(path);
            e.setReceivedAt(receivedAt);
            e.setOfficerId(officer.id());
            e.setVisitorPersonId(r.visitorPersonId());
            e.setVisitorName(name);
            e.setVisitorContact(contact);
            e.setVisitorAddress(address);
            e.setSubject(subject);
            e.setActionTaken(actionTaken);
            e.setReferredTo(referredTo);
            e.setFiling(r.filing());
            e.setScheduleId(schedule.map(ReceptionSchedule::id).orElse(null));
            e.setOutsideSchedule(outside);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            if (r.filing() != null) {
                Application a = file(caller, r, point, officer, receivedAt, subject, name, contact, address);
                e.setApplicationId(a.id());
                e.setApplicationNumber(a.number());
            }
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), point.id(),
                    (outside ? "outside schedule" : "in schedule")
                            + (e.getApplicationNumber() == null ? "" : ", application " + e.getApplicationNumber()));
            return toDto(e);
        });
    }

    /**
     * WF-9: the application in the core's intake, in the caller's transaction, registered at the point and given to
     * the receiving officer (who gets the decision task).
     */
    private Application file(Caller caller, NewReception r, OrgUnit point, Officer officer, Instant receivedAt,
            String subject, String name, String contact, String address) {
        Applicant applicant = r.visitorPersonId() != null ? Applicant.person(r.visitorPersonId())
                : Applicant.named(name, abbreviate(join(contact, address), MAX_APPLICANT));
        Application a = applications.receive(caller, new NewApplication(r.filing().kindCode(), Channel.IN_PERSON,
                receivedAt, applicant, subject, point.id()));
        return applications.assign(caller, a.id(), a.version(), officer.id());
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

    /** Filters of the journal; null means any. */
    public record Query(Long pointId, Long officerId, Long personId, LocalDate from, LocalDate to,
            Boolean outsideSchedule) {
    }

    /** The journal in the caller's scope, latest first. */
    public Page<Reception> list(Caller caller, Query q, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            throw ValidationException.of("to", "date.before", q.from());
        }
        Page<Reception> result = search(caller, q, page);
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, q.pointId(),
                "search " + q + " -> " + result.total() + " found, ids "
                        + result.items().stream().map(Reception::id).toList());
        return result;
    }

    /**
     * The receptions of a person in the caller's scope, latest first (the card's): for the unit's roles and
     * {@code lps-admin} only, anyone else gets none; the read is audited when it shows any.
     */
    public List<Reception> ofPerson(Caller caller, long personId, int limit) {
        if (!caller.isAdmin() && !caller.hasAnyUnitRole(DistrictAccess.UNIT)) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Reception> found = search(caller, new Query(null, null, personId, null, null, null),
                    PageRequest.first(limit)).items();
            if (!found.isEmpty()) {
                audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                        "receptions of person " + personId + ", ids " + found.stream().map(Reception::id).toList());
            }
            return found;
        });
    }

    private Page<Reception> search(Caller caller, Query q, PageRequest page) {
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        ZoneId zone = calendar.zone();
        StringBuilder where = new StringBuilder(" FROM ReceptionEntity e WHERE e.departmentPath LIKE :scope");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope + "%");
        condition(where, params, "e.departmentId = :point", "point", q.pointId());
        condition(where, params, "e.officerId = :officer", "officer", q.officerId());
        condition(where, params, "e.visitorPersonId = :person", "person", q.personId());
        condition(where, params, "e.receivedAt >= :from", "from",
                q.from() == null ? null : q.from().atStartOfDay(zone).toInstant());
        condition(where, params, "e.receivedAt < :to", "to",
                q.to() == null ? null : q.to().plusDays(1).atStartOfDay(zone).toInstant());
        condition(where, params, "e.outsideSchedule = :outside", "outside", q.outsideSchedule());
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<ReceptionEntity> select = em.createQuery(
                    "SELECT e" + where + " ORDER BY e.receivedAt DESC, e.id DESC", ReceptionEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            params.forEach((k, v) -> {
                select.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<Reception> items = new ArrayList<>();
            select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .forEach(e -> items.add(toDto(e)));
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String clause, String name,
            Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            params.put(name, value);
        }
    }

    private void requirePerson(Caller caller, String field, long personId) {
        try {
            persons.get(caller, personId);
        } catch (NotFoundException e) {
            throw ValidationException.of(field, "person.unknown", personId);
        }
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "; " + b;
    }

    private static String abbreviate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 3) + "...";
    }

    static Reception toDto(ReceptionEntity e) {
        return new Reception(e.getId(), e.getDepartmentId(), e.getReceivedAt(), e.getOfficerId(),
                e.getVisitorPersonId(), e.getVisitorName(), e.getVisitorContact(), e.getVisitorAddress(),
                e.getSubject(), e.getActionTaken(), e.getReferredTo(), e.getFiling(), e.getApplicationId(),
                e.getApplicationNumber(), e.getScheduleId(), e.isOutsideSchedule(), e.getCreatedBy(),
                e.getCreatedAt(), e.getVersion());
    }
}
