package kz.police.lps.unit.juvenile.internal.parents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;

/**
 * Restrictions and temporary prohibitions of a person's access to or presence in a dwelling or area where that
 * person threatens a child's life or health (WF-J12 step 7, US-J39, L1053-1056): issued by the unit's workers, read by
 * its readers, audited.
 */
@Component(service = Restrictions.class)
public class Restrictions {

    public static final String SUBJECT = "juvenile.restriction";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final PersonService persons;
    private final WorkingCalendar calendar;

    @Activate
    public Restrictions(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference PersonService persons, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.persons = persons;
        this.calendar = calendar;
    }

    public Restriction issue(Caller caller, NewRestriction in) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        LocalDate today = today();
        LocalDate issuedOn = in.issuedOn() != null ? in.issuedOn() : today;
        Long departmentId = in.departmentId() != null ? in.departmentId() : caller.departmentId();
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.personId() == null) {
            errors.add("personId", "required");
        }
        if (in.kind() == null) {
            errors.add("kind", "required");
        }
        String place = Checks.text(errors, "place", in.place(), 1000, true);
        String basis = Checks.text(errors, "basis", in.basis(), 4000, true);
        if (issuedOn.isAfter(today)) {
            errors.add("issuedOn", "date.future");
        }
        if (in.kind() == RestrictionKind.TEMPORARY_PROHIBITION && in.validUntil() == null) {
            errors.add("validUntil", "required");
        }
        if (in.validUntil() != null && in.validUntil().isBefore(issuedOn)) {
            errors.add("validUntil", "date.before", issuedOn);
        }
        if (in.childPersonId() != null && in.childPersonId().equals(in.personId())) {
            errors.add("childPersonId", "relation.self");
        }
        if (departmentId == null) {
            errors.add("departmentId", "required");
        }
        errors.throwIfAny();
        known(caller, "personId", in.personId());
        if (in.childPersonId() != null) {
            known(caller, "childPersonId", in.childPersonId());
        }
        String path = access.departmentPath(caller, "departmentId", departmentId, AuditAction.CREATE, SUBJECT, null);
        Long officerId = access.officerIdOf(caller).orElse(null);
        return jpa.txExpr(TransactionType.Required, em -> {
            RestrictionEntity e = new RestrictionEntity();
            e.setPersonId(in.personId());
            e.setChildPersonId(in.childPersonId());
            e.setKind(in.kind());
            e.setPlace(place);
            e.setBasis(basis);
            e.setIssuedOn(issuedOn);
            e.setValidUntil(in.validUntil());
            e.setOfficerId(officerId);
            e.setDepartmentId(departmentId);
            e.setDepartmentPath(path);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), departmentId);
            return toDto(e, today);
        });
    }

    public Restriction get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            RestrictionEntity e = em.find(RestrictionEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, SUBJECT, id);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e, today());
        });
    }

    /** The restrictions in the caller's scope (of a restricted person or protected child), latest first. */
    public Page<Restriction> list(Caller caller, Long personId, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        LocalDate today = today();
        String where = " WHERE e.departmentPath LIKE :scope"
                + (personId != null ? " AND (e.personId = :p OR e.childPersonId = :p)" : "");
        return jpa.txExpr(TransactionType.Required, em -> {
            var q = em.createQuery("SELECT e FROM RestrictionEntity e" + where + " ORDER BY e.issuedOn DESC, e.id DESC",
                    RestrictionEntity.class).setParameter("scope", scope + "%");
            var c = em.createQuery("SELECT COUNT(e) FROM RestrictionEntity e" + where, Long.class)
                    .setParameter("scope", scope + "%");
            if (personId != null) {
                q.setParameter("p", personId);
                c.setParameter("p", personId);
            }
            List<Restriction> items = q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(e -> toDto(e, today)).toList();
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, null, null,
                    "restrictions " + items.stream().map(Restriction::id).toList());
            return new Page<>(items, c.getSingleResult(), page.limit(), page.offset());
        });
    }

    private void known(Caller caller, String field, long personId) {
        try {
            persons.get(caller, personId);
        } catch (NotFoundException e) {
            throw ValidationException.of(field, "person.unknown", personId);
        }
    }

    private LocalDate today() {
        return LocalDate.now(calendar.zone());
    }

    static Restriction toDto(RestrictionEntity e, LocalDate today) {
        boolean inForce = !e.getIssuedOn().isAfter(today)
                && (e.getValidUntil() == null || !e.getValidUntil().isBefore(today));
        return new Restriction(e.getId(), e.getPersonId(), e.getChildPersonId(), e.getKind(), e.getPlace(),
                e.getBasis(), e.getIssuedOn(), e.getValidUntil(), inForce, e.getOfficerId(), e.getDepartmentId(),
                e.getCreatedBy(), e.getCreatedAt());
    }
}
