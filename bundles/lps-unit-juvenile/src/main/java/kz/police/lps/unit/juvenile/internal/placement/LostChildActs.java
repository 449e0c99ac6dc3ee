package kz.police.lps.unit.juvenile.internal.placement;

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
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.error.VersionMismatchException;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;

/**
 * The delivery act of a lost or abandoned child (адасқан (тастанды) баланы жеткізу туралы акт, domain 4.16): drawn up
 * in exactly 3 copies with fixed destinations (BR-J27, N-J19 {@value #COPIES_NORM}, L1319-1334) — the IAB information
 * record book under PG Order 89, the adaptation centre or another educational or health organisation, the
 * nomenclature file — each tracked by when it was sent and registered. The act is written with its copies in one
 * transaction; copies are never added or removed.
 */
@Component(service = LostChildActs.class)
public class LostChildActs {

    public static final String SUBJECT = "juvenile.lost-child-act";
    public static final String COPIES_NORM = "juvenile.lost-child-act.copies";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final WorkingCalendar calendar;
    private final PersonService persons;
    private final NormService norms;

    @Activate
    public LostChildActs(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference WorkingCalendar calendar, @Reference PersonService persons,
            @Reference NormService norms) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
        this.persons = persons;
        this.norms = norms;
    }

    public LostChildAct create(Caller caller, NewLostChildAct in) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        String description = Checks.text(errors, "childDescription", in.childDescription(), 2000,
                in.personId() == null);
        String place = Checks.text(errors, "foundPlace", in.foundPlace(), 500, true);
        String receiving = Checks.text(errors, "receivingOrganisation", in.receivingOrganisation(), 300, true);
        Instant foundAt = in.foundAt() != null ? in.foundAt() : Instant.now();
        if (foundAt.isAfter(Instant.now().plusSeconds(60))) {
            errors.add("foundAt", "date.future");
        }
        errors.throwIfAny();
        Officer officer = access.actingFor(caller, "officerId", in.officerId(), AuditAction.CREATE, SUBJECT);
        String path = access.departmentPath(caller, "officerId", officer.departmentId(), AuditAction.CREATE, SUBJECT,
                null);
        if (in.personId() != null) {
            try {
                persons.get(caller, in.personId());
            } catch (NotFoundException e) {
                throw ValidationException.of("personId", "person.unknown", in.personId());
            }
        }
        CopyDestination[] destinations = CopyDestination.values();
        int copies = norms.intValue(COPIES_NORM, officer.departmentId());
        if (copies != destinations.length) {
            throw new IllegalStateException(COPIES_NORM + " is " + copies + ", destinations " + destinations.length);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            if (in.placementId() != null) {
                PlacementEntity p = em.find(PlacementEntity.class, in.placementId());
                if (p == null || (in.personId() != null && p.getPersonId() != in.personId())) {
                    throw ValidationException.of("placementId", "juvenile.placement.unknown", in.placementId());
                }
                access.requireInScope(caller, p.getDepartmentPath(), p.getDepartmentId(), AuditAction.CREATE,
                        SUBJECT, null);
            }
            LostChildActEntity e = new LostChildActEntity();
            e.setDepartmentId(officer.departmentId());
            e.setDepartmentPath(path);
            e.setOfficerId(officer.id());
            e.setPersonId(in.personId());
            e.setChildDescription(description);
            e.setFoundAt(foundAt);
            e.setFoundPlace(place);
            e.setReceivingOrganisation(receiving);
            e.setPlacementId(in.placementId());
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            for (int i = 0; i < destinations.length; i++) {
                LostChildCopyEntity c = new LostChildCopyEntity();
                c.setActId(e.getId());
                c.setCopyNo(i + 1);
                c.setDestination(destinations[i]);
                c.setRecipient(destinations[i] == CopyDestination.RECEIVING_ORGANISATION ? receiving : null);
                em.persist(c);
            }
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), e.getDepartmentId(),
                    destinations.length + " copies");
            return toDto(e, copies(em, e.getId()));
        });
    }

    /** What happened to one copy: sent on, registered on (in the book / received / filed), under which reference. */
    public record CopyUpdate(LocalDate sentOn, LocalDate registeredOn, String registrationRef, String note) {
    }

    /** Records a copy's tracking; If-Match is the act's version (every copy change bumps it). */
    public LostChildAct updateCopy(Caller caller, long id, int copyNo, Long expectedVersion, CopyUpdate u) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        if (u == null) {
            throw ValidationException.of("body", "required");
        }
        String ref = Checks.text(errors, "registrationRef", u.registrationRef(), 100, false);
        String note = Checks.text(errors, "note", u.note(), 1000, false);
        if (u.sentOn() != null && u.sentOn().isAfter(today)) {
            errors.add("sentOn", "date.future");
        }
        if (u.registeredOn() != null && u.registeredOn().isAfter(today)) {
            errors.add("registeredOn", "date.future");
        }
        if (u.sentOn() != null && u.registeredOn() != null && u.registeredOn().isBefore(u.sentOn())) {
            errors.add("registeredOn", "date.before", u.sentOn());
        }
        if (copyNo < 1 || copyNo > CopyDestination.values().length) {
            errors.add("copyNo", "range", 1, CopyDestination.values().length);
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            LostChildActEntity e = find(em, caller, id, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            LocalDate found = e.getFoundAt().atZone(calendar.zone()).toLocalDate();
            for (LocalDate d : new LocalDate[] {u.sentOn(), u.registeredOn()}) {
                if (d != null && d.isBefore(found)) {
                    throw ValidationException.of(d == u.sentOn() ? "sentOn" : "registeredOn", "date.before", found);
                }
            }
            LostChildCopyEntity c = copies(em, id).stream().filter(x -> x.getCopyNo() == copyNo).findFirst()
                    .orElseThrow(() -> new NotFoundException(SUBJECT + "-copy", id + "/" + copyNo));
            // copy 1 is registered in the information record book: its registration number is required (L1324-1330)
            if (c.getDestination() == CopyDestination.INFORMATION_RECORD_BOOK && u.registeredOn() != null
                    && ref == null && c.getRegistrationRef() == null) {
                throw ValidationException.of("registrationRef", "juvenile.placement.book-number");
            }
            if (u.sentOn() != null) {
                c.setSentOn(u.sentOn());
            }
            if (u.registeredOn() != null) {
                c.setRegisteredOn(u.registeredOn());
            }
            if (ref != null) {
                c.setRegistrationRef(ref);
            }
            if (note != null) {
                c.setNote(note);
            }
            // the act's version moves with its copies (the If-Match of the next copy change)
            em.lock(e, javax.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "copy " + copyNo + " " + c.getDestination() + " sent " + c.getSentOn() + " registered "
                            + c.getRegisteredOn());
            return toDto(e, copies(em, id));
        });
    }

    public LostChildAct get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            LostChildActEntity e = find(em, caller, id, AuditAction.READ);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e, copies(em, id));
        });
    }

    /** The acts in the caller's scope, latest first; {@code personId} filters. */
    public Page<LostChildAct> list(Caller caller, Long personId, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String where = " FROM LostChildActEntity e WHERE e.departmentPath LIKE :scope"
                + (personId != null ? " AND e.personId = :person" : "");
        return jpa.txExpr(TransactionType.Required, em -> {
            var select = em.createQuery("SELECT e" + where + " ORDER BY e.foundAt DESC, e.id DESC",
                    LostChildActEntity.class).setParameter("scope", scope + "%");
            var count = em.createQuery("SELECT COUNT(e)" + where, Long.class).setParameter("scope", scope + "%");
            if (personId != null) {
                select.setParameter("person", personId);
                count.setParameter("person", personId);
            }
            List<LostChildAct> items = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(e -> toDto(e, copies(em, e.getId()))).toList();
            Page<LostChildAct> result = new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                    "search person " + personId + " -> " + result.total());
            return result;
        });
    }

    private static List<LostChildCopyEntity> copies(EntityManager em, long actId) {
        return em.createQuery("SELECT c FROM LostChildCopyEntity c WHERE c.actId = :a ORDER BY c.copyNo",
                LostChildCopyEntity.class).setParameter("a", actId).getResultList();
    }

    private LostChildActEntity find(EntityManager em, Caller caller, long id, AuditAction action) {
        LostChildActEntity e = em.find(LostChildActEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, SUBJECT, id);
        return e;
    }

    static LostChildAct toDto(LostChildActEntity e, List<LostChildCopyEntity> copies) {
        List<LostChildAct.Copy> cs = copies.stream().map(c -> new LostChildAct.Copy(c.getCopyNo(),
                c.getDestination(), c.getDestination().lines(), c.getRecipient(), c.getSentOn(), c.getRegisteredOn(),
                c.getRegistrationRef(), c.getNote(), c.getRegisteredOn() != null)).toList();
        return new LostChildAct(e.getId(), e.getDepartmentId(), e.getOfficerId(), e.getPersonId(),
                e.getChildDescription(), e.getFoundAt(), e.getFoundPlace(), e.getReceivingOrganisation(),
                e.getPlacementId(), cs, cs.stream().allMatch(LostChildAct.Copy::registered), e.getCreatedBy(),
                e.getCreatedAt(), e.getVersion());
    }
}
