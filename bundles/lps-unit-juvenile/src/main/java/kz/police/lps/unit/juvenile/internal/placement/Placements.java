package kz.police.lps.unit.juvenile.internal.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.numbering.SerialNumbers;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;

/**
 * Placement of minors in the adaptation centre (КБО/ЦАН, WF-J9): the inspector's resolution on the Order 1098 form,
 * issued only when handing the minor to the parents or legal representatives is impossible, and saying why (BR-J24,
 * L1294-1298); one of the 4 categories (BR-J25, L1300-1317); unattended children aged 3 to 18 by the norm
 * {@value #AGE_NORM} (BR-J26, L977-980). Numbered per department and year (series {@value #SERIES}). A delivered
 * minor is placed through the delivery's outcome ({@code Deliveries}), any other minor here. Leaving the centre is
 * not in the textbook (domain 4.10 gap): it records only the day and to whom.
 */
@Component(service = Placements.class)
public class Placements {

    public static final String SUBJECT = "juvenile.placement";
    public static final String SERIES = "juvenile.placement-resolution";
    public static final String AGE_NORM = "juvenile.adaptation-centre.age";
    /** The age of majority: configurable, the text says only "up to eighteen" (L977-978). */
    public static final String MAJORITY_NORM = "juvenile.preventive.review-age";
    public static final String CATEGORIES_NORM = "juvenile.adaptation-centre.categories";

    private static final Caller SYSTEM = Caller.system(JuvenileAccess.UNIT);

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final WorkingCalendar calendar;
    private final PersonService persons;
    private final OrgService org;
    private final SerialNumbers numbers;
    private final NormService norms;

    @Activate
    public Placements(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference WorkingCalendar calendar, @Reference PersonService persons,
            @Reference OrgService org, @Reference SerialNumbers numbers, @Reference NormService norms) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
        this.persons = persons;
        this.org = org;
        this.numbers = numbers;
        this.norms = norms;
    }

    /** A checked placement, ready to be written in the caller's transaction ({@link #persist}). */
    public record Prepared(Officer officer, String path, String departmentCode, Person person, int age, int year,
            CentreCategory category, String centreName, String reason, Instant placedAt) {
    }

    /**
     * Checks a placement before the writing transaction: 422 naming the field (the age against the norm names
     * {@code personId}), the number series prepared. {@code prefix} is prepended to field names (a delivery's outcome
     * names them as they are in its body).
     */
    public Prepared prepare(Caller caller, NewPlacement in, Officer officer, String path, Person person,
            String prefix) {
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.category() == null) {
            errors.add(prefix + "category", "required");
        }
        String centre = Checks.text(errors, prefix + "centreName", in.centreName(), 300, true);
        String reason = Checks.text(errors, prefix + "handoverImpossibleReason", in.handoverImpossibleReason(), 2000,
                true);
        Instant placedAt = in.placedAt() != null ? in.placedAt() : Instant.now();
        if (placedAt.isAfter(Instant.now().plusSeconds(60))) {
            errors.add(prefix + "placedAt", "date.future");
        }
        errors.throwIfAny();
        // the categories are the enumeration; the norm says how many the text lists (N-J18)
        int categories = norms.intValue(CATEGORIES_NORM, officer.departmentId());
        if (categories != CentreCategory.values().length) {
            throw new IllegalStateException(CATEGORIES_NORM + " is " + categories);
        }
        LocalDate on = placedAt.atZone(calendar.zone()).toLocalDate();
        if (person.birthDate() == null) {
            throw ValidationException.of("personId", "juvenile.delivery.birth-date.unknown", person.id());
        }
        int age = AgeRule.age(person.birthDate(), on);
        Norm range = norms.effective(AGE_NORM, officer.departmentId());
        int majority = norms.intValue(MAJORITY_NORM, officer.departmentId());
        AgeRule.problem(in.category(), age, range.value().intValue(), range.valueMax().intValue(), majority)
                .ifPresent(key -> {
                    throw ValidationException.of("personId", key, age, range.value(), range.valueMax(),
                            person.birthDate());
                });
        if (on.isAfter(today)) {
            throw ValidationException.of(prefix + "placedAt", "date.future");
        }
        String code = org.get(SYSTEM, officer.departmentId()).code();
        numbers.prepare(SERIES, officer.departmentId(), on.getYear());
        return new Prepared(officer, path, code, person, age, on.getYear(), in.category(), centre, reason, placedAt);
    }

    /** Writes a prepared placement in the caller's transaction (numbered, audited). */
    public PlacementEntity persist(EntityManager em, Caller caller, Prepared p, Long deliveryId) {
        long departmentId = p.officer().departmentId();
        boolean open = !em.createQuery("SELECT e.id FROM PlacementEntity e WHERE e.personId = :p AND e.status = :s",
                Long.class).setParameter("p", p.person().id()).setParameter("s", PlacementStatus.IN_CENTRE)
                .setMaxResults(1).getResultList().isEmpty();
        if (open) {
            throw new ConflictException("personId", "juvenile.placement.already", p.person().id());
        }
        long serial = numbers.next(SERIES, departmentId, p.year());
        PlacementEntity e = new PlacementEntity();
        e.setDepartmentId(departmentId);
        e.setDepartmentPath(p.path());
        e.setOfficerId(p.officer().id());
        e.setPersonId(p.person().id());
        e.setDeliveryId(deliveryId);
        e.setCategory(p.category());
        e.setResolutionYear(p.year());
        e.setResolutionSerial(serial);
        e.setResolutionNumber(String.format("%s-KBO-%d-%05d", p.departmentCode(), p.year(), serial));
        e.setPlacedAt(p.placedAt());
        e.setCentreName(p.centreName());
        e.setHandoverImpossibleReason(p.reason());
        e.setAgeYears(p.age());
        e.setStatus(PlacementStatus.IN_CENTRE);
        e.setCreatedBy(caller.username());
        e.setCreatedAt(Instant.now());
        em.persist(e);
        em.flush();
        audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), departmentId,
                e.getResolutionNumber() + " " + p.category() + (deliveryId != null ? " delivery " + deliveryId : ""));
        return e;
    }

    /** Issues a placement resolution for a minor not delivered through the journal (POST /placements). */
    public Placement place(Caller caller, NewPlacement in) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        if (in.personId() == null) {
            throw ValidationException.of("personId", "required");
        }
        Officer officer = access.actingFor(caller, "officerId", in.officerId(), AuditAction.CREATE, SUBJECT);
        String path = access.departmentPath(caller, "officerId", officer.departmentId(), AuditAction.CREATE, SUBJECT,
                null);
        Person person = person(caller, in.personId());
        Prepared p = prepare(caller, in, officer, path, person, "");
        return jpa.txExpr(TransactionType.Required, em -> toDto(persist(em, caller, p, null)));
    }

    /** The day left the centre and to whom: not in the textbook (domain 4.10 gap), recorded as stated. */
    public record Leaving(LocalDate leftOn, String leftTo, String note) {
    }

    public Placement leave(Caller caller, long id, Long expectedVersion, Leaving l) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        String to = Checks.text(errors, "leftTo", l == null ? null : l.leftTo(), 300, true);
        String note = Checks.text(errors, "note", l == null ? null : l.note(), 2000, false);
        LocalDate on = l == null || l.leftOn() == null ? today : l.leftOn();
        if (on.isAfter(today)) {
            errors.add("leftOn", "date.future");
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity e = find(em, caller, id, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            if (e.getStatus() != PlacementStatus.IN_CENTRE) {
                throw new ConflictException("status", "juvenile.placement.left", e.getLeftOn());
            }
            if (on.isBefore(e.getPlacedAt().atZone(calendar.zone()).toLocalDate())) {
                throw ValidationException.of("leftOn", "date.before",
                        e.getPlacedAt().atZone(calendar.zone()).toLocalDate());
            }
            e.setStatus(PlacementStatus.LEFT);
            e.setLeftOn(on);
            e.setLeftTo(to);
            e.setLeftNote(note);
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "left the centre on " + on + " (not in the textbook)");
            return toDto(e);
        });
    }

    public Placement get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            PlacementEntity e = find(em, caller, id, AuditAction.READ);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** Filters; null means any. */
    public record Query(Long personId, Long officerId, PlacementStatus status) {
    }

    public Page<Placement> list(Caller caller, Query q, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        return jpa.txExpr(TransactionType.Required, em -> {
            Page<Placement> result = search(em, caller, q, page);
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                    "search " + q + " -> " + result.total() + ", ids "
                            + result.items().stream().map(Placement::id).toList());
            return result;
        });
    }

    /** The person's placements for the card (the caller's rights; audited when any are shown). */
    public List<Placement> ofPerson(Caller caller, long personId, int limit) {
        if (!access.isReader(caller)) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Placement> found = search(em, caller, new Query(personId, null, null), PageRequest.first(limit))
                    .items();
            if (!found.isEmpty()) {
                audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                        "placements of person " + personId + ", ids " + found.stream().map(Placement::id).toList());
            }
            return found;
        });
    }

    /** Whether any placement of the person exists (system rights, no content). */
    public boolean holds(long personId) {
        return jpa.txExpr(TransactionType.Supports, em -> !em.createQuery(
                "SELECT e.id FROM PlacementEntity e WHERE e.personId = :p", Long.class).setParameter("p", personId)
                .setMaxResults(1).getResultList().isEmpty());
    }

    /** How many placements the officer issued between the days (inclusive). */
    public long count(long officerId, LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(e) FROM PlacementEntity e"
                + " WHERE e.officerId = :o AND e.placedAt >= :from AND e.placedAt < :to", Long.class)
                .setParameter("o", officerId)
                .setParameter("from", from.atStartOfDay(calendar.zone()).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(calendar.zone()).toInstant()).getSingleResult());
    }

    private Page<Placement> search(EntityManager em, Caller caller, Query q, PageRequest page) {
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        StringBuilder where = new StringBuilder(" FROM PlacementEntity e WHERE e.departmentPath LIKE :scope");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope + "%");
        if (q.personId() != null) {
            where.append(" AND e.personId = :person");
            params.put("person", q.personId());
        }
        if (q.officerId() != null) {
            where.append(" AND e.officerId = :officer");
            params.put("officer", q.officerId());
        }
        if (q.status() != null) {
            where.append(" AND e.status = :status");
            params.put("status", q.status());
        }
        TypedQuery<PlacementEntity> select = em.createQuery("SELECT e" + where + " ORDER BY e.placedAt DESC, e.id DESC",
                PlacementEntity.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Placement> items = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                .stream().map(Placements::toDto).toList();
        return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
    }

    private Person person(Caller caller, long id) {
        try {
            return persons.get(caller, id);
        } catch (NotFoundException e) {
            throw ValidationException.of("personId", "person.unknown", id);
        }
    }

    private PlacementEntity find(EntityManager em, Caller caller, long id, AuditAction action) {
        PlacementEntity e = em.find(PlacementEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, SUBJECT, id);
        return e;
    }

    public static Placement toDto(PlacementEntity e) {
        return new Placement(e.getId(), e.getResolutionNumber(), e.getDepartmentId(), e.getOfficerId(),
                e.getPersonId(), e.getDeliveryId(), e.getCategory(), e.getPlacedAt(), e.getCentreName(),
                e.getHandoverImpossibleReason(), e.getAgeYears(), e.getStatus(), e.getLeftOn(), e.getLeftTo(),
                e.getLeftNote(), e.getStatus() == PlacementStatus.LEFT, e.getCreatedBy(), e.getCreatedAt(),
                e.getVersion());
    }
}
