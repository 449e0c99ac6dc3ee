package kz.police.lps.unit.juvenile.internal.prevention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.numbering.SerialNumbers;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.register.GroundKind;
import kz.police.lps.core.api.register.NewRegistration;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.register.Removal;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;

/**
 * The registration journals of the preventive registers (WF-J10, BR-J31..J33, US-J33/J34, L1346-1389). A registration
 * through the unit places the person on the core's register and writes the journal entry, numbered per journal,
 * department and year, in one transaction: a minor must be under the review age on the day of registration
 * ({@code juvenile.preventive.review-age}, 18 by default), a parent or legal representative must have reached it.
 * The journal entry opens the person's accumulation file (L1447-1448, inference). On the register of minors the
 * registration comes up for review when the person reaches the review age; the review ends with removal on a removal
 * ground or a reasoned keep ({@link #review}).
 */
@Component(service = PreventionJournal.class)
public class PreventionJournal {

    public static final String SUBJECT = "juvenile.journal-entry";
    public static final String REVIEW_AGE = "juvenile.preventive.review-age";
    public static final String REVIEW_LEAD = "juvenile.preventive.review-lead";
    /** The review task at the review age; its subject is the core's registration. */
    public static final String REVIEW_TASK = "juvenile.preventive-review";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final RegisterService registers;
    private final PersonService persons;
    private final NormService norms;
    private final WorkingCalendar calendar;
    private final SerialNumbers serials;
    private final TaskService tasks;

    @Activate
    public PreventionJournal(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference RegisterService registers, @Reference PersonService persons,
            @Reference NormService norms, @Reference WorkingCalendar calendar, @Reference SerialNumbers serials,
            @Reference TaskService tasks) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.registers = registers;
        this.persons = persons;
        this.norms = norms;
        this.calendar = calendar;
        this.serials = serials;
        this.tasks = tasks;
    }

    /** Places the person on the register and writes the journal entry: both, or neither. */
    public JournalEntry register(Caller caller, NewJournalEntry in) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        LocalDate today = today();
        Journal journal = Journal.of(in.registerId());
        Long departmentId = in.departmentId() != null ? in.departmentId() : caller.departmentId();
        LocalDate startedOn = in.startedOn() != null ? in.startedOn() : today;
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.registerId() == null || in.registerId().isBlank()) {
            errors.add("registerId", "required");
        } else if (journal == null) {
            errors.add("registerId", "juvenile.prevention.register", in.registerId());
        }
        if (in.personId() == null) {
            errors.add("personId", "required");
        }
        if (in.groundCode() == null || in.groundCode().isBlank()) {
            errors.add("groundCode", "required"); // BR-J31 / BR-J32: a category of the register
        } else if (journal != null && registers.ground(in.groundCode()).filter(g -> journal.registerId()
                .equals(g.registerId()) && g.kind() == GroundKind.PLACEMENT).isEmpty()) {
            errors.add("groundCode", "register.ground.placement", journal.registerId());
        }
        String basis = Checks.text(errors, "basisDocument", in.basisDocument(), 1000, true);
        if (in.basisDate() != null && in.basisDate().isAfter(startedOn)) {
            errors.add("basisDate", "date.after", startedOn);
        }
        if (startedOn.isAfter(today)) {
            errors.add("startedOn", "date.future");
        }
        if (departmentId == null) {
            errors.add("departmentId", "required");
        }
        errors.throwIfAny();
        Person person = person(caller, in.personId());
        int age = norms.intValue(REVIEW_AGE, departmentId);
        if (person.birthDate() == null) {
            throw ValidationException.of("personId", "juvenile.prevention.birth-date");
        }
        boolean minor = ReviewAge.under(person.birthDate(), age, startedOn);
        if (journal == Journal.MINORS && !minor) {
            // a minor is under the age on the day of registration (L1346-1371 speak of minors)
            throw ValidationException.of("personId", "juvenile.prevention.not-minor", age, startedOn);
        }
        if (journal == Journal.PARENTS && minor) {
            throw ValidationException.of("personId", "juvenile.prevention.not-adult", age, startedOn);
        }
        String path = access.departmentPath(caller, "departmentId", departmentId, AuditAction.CREATE, SUBJECT, null);
        int year = startedOn.getYear();
        serials.prepare(journal.series(), departmentId, year);
        return jpa.txExpr(TransactionType.Required, em -> {
            if (in.sourceNoticeId() != null && em.createQuery("SELECT COUNT(n) FROM InboundNoticeEntity n "
                    + "WHERE n.id = :id AND n.personId = :p", Long.class).setParameter("id", in.sourceNoticeId())
                    .setParameter("p", in.personId()).getSingleResult() == 0) {
                throw ValidationException.of("sourceNoticeId", "juvenile.inbound.unknown", in.sourceNoticeId());
            }
            long no = serials.next(journal.series(), departmentId, year);
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("journal", journal.name());
            extra.put("journalYear", year);
            extra.put("journalNo", no);
            Registration r = registers.place(caller, new NewRegistration(journal.registerId(), in.personId(),
                    in.groundCode(), basis, departmentId, in.responsibleOfficerId(), startedOn, extra));
            JournalEntryEntity e = new JournalEntryEntity();
            e.setRegistrationId(r.id());
            e.setJournal(journal);
            e.setJournalYear(year);
            e.setJournalNo(no);
            e.setPersonId(r.personId());
            e.setBirthDate(person.birthDate());
            e.setGroundCode(r.groundCode());
            e.setBasisDocument(basis);
            e.setBasisDate(in.basisDate());
            e.setRegisteredOn(startedOn);
            e.setOfficerId(r.responsibleOfficerId());
            e.setSourceNoticeId(in.sourceNoticeId());
            e.setDepartmentId(departmentId);
            e.setDepartmentPath(path);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), departmentId);
            return toDto(e, r, age, today);
        });
    }

    /** The journal entry of a registration with the registration's state (audited). */
    public JournalEntry get(Caller caller, long registrationId) {
        access.requireReader(caller, SUBJECT, registrationId);
        Registration r = registration(caller, registrationId);
        return jpa.txExpr(TransactionType.Required, em -> {
            JournalEntryEntity e = entry(em, registrationId)
                    .orElseThrow(() -> new NotFoundException(SUBJECT, registrationId));
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, SUBJECT,
                    registrationId);
            audit.record(caller, AuditAction.READ, SUBJECT, e.getId(), e.getDepartmentId());
            return toDto(e, r, reviewAge(e.getDepartmentId()), today());
        });
    }

    /**
     * The journal in the caller's scope, latest first: of one journal, person or year; with {@code reviewWithinDays}
     * only the entries of minors who reach the review age within that many days (0: who reached it) without a review
     * decision.
     */
    public Page<JournalEntry> list(Caller caller, Journal journal, Long personId, Integer year,
            Integer reviewWithinDays, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        LocalDate today = today();
        int age = reviewAge(caller.departmentId());
        return jpa.txExpr(TransactionType.Required, em -> {
            StringBuilder where = new StringBuilder(" WHERE e.departmentPath LIKE :scope");
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("scope", scope + "%");
            if (journal != null) {
                where.append(" AND e.journal = :journal");
                params.put("journal", journal);
            }
            if (personId != null) {
                where.append(" AND e.personId = :person");
                params.put("person", personId);
            }
            if (year != null) {
                where.append(" AND e.journalYear = :year");
                params.put("year", year);
            }
            if (reviewWithinDays != null) {
                where.append(" AND e.journal = :minors AND e.reviewDecision IS NULL AND e.birthDate <= :born");
                params.put("minors", Journal.MINORS);
                params.put("born", today.plusDays(Math.max(0, reviewWithinDays)).minusYears(age));
            }
            TypedQuery<JournalEntryEntity> q = em.createQuery("SELECT e FROM JournalEntryEntity e" + where
                    + (reviewWithinDays != null ? " ORDER BY e.birthDate, e.id" : " ORDER BY e.registeredOn DESC, e.id DESC"),
                    JournalEntryEntity.class);
            TypedQuery<Long> c = em.createQuery("SELECT COUNT(e) FROM JournalEntryEntity e" + where, Long.class);
            params.forEach((k, v) -> {
                q.setParameter(k, v);
                c.setParameter(k, v);
            });
            List<JournalEntryEntity> rows = q.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList();
            List<JournalEntry> items = new ArrayList<>();
            for (JournalEntryEntity e : rows) {
                items.add(toDto(e, registers.get(caller, e.getRegistrationId()), age, today));
            }
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, null, null,
                    "journal list " + items.stream().map(JournalEntry::id).toList());
            return new Page<>(items, c.getSingleResult(), page.limit(), page.offset());
        });
    }

    /** The person's journal entries the caller may see, latest first (audited); for the card. */
    public List<JournalEntry> ofPerson(Caller caller, long personId) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return List.of();
        }
        LocalDate today = today();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<JournalEntryEntity> rows = em.createQuery("SELECT e FROM JournalEntryEntity e WHERE e.personId = :p"
                    + " AND e.departmentPath LIKE :scope ORDER BY e.registeredOn DESC, e.id DESC",
                    JournalEntryEntity.class).setParameter("p", personId).setParameter("scope", scope + "%")
                    .getResultList();
            List<JournalEntry> out = new ArrayList<>();
            for (JournalEntryEntity e : rows) {
                out.add(toDto(e, registers.get(caller, e.getRegistrationId()), reviewAge(e.getDepartmentId()),
                        today));
            }
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, null, null,
                    "journal entries of person " + personId);
            return out;
        });
    }

    /** Whether the unit's journal holds an entry about the person (system rights, no content). */
    public boolean holds(long personId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(e) FROM JournalEntryEntity e "
                + "WHERE e.personId = :p", Long.class).setParameter("p", personId).getSingleResult() > 0);
    }

    /**
     * Ends the review of a registration of a minor who reached the review age (or whose review task is out, within
     * the lead time): removal on a removal ground of the register ({@code expectedVersion}: the registration's, for
     * If-Match), or keeping it with a reason. Completes the review task.
     */
    public JournalEntry review(Caller caller, long registrationId, Long expectedVersion, ReviewInput in) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, registrationId);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.decision() == null) {
            errors.add("decision", "required");
        }
        String note = Checks.text(errors, "note", in.note(), 1000, in.decision() == ReviewDecision.KEEP);
        if (in.decision() == ReviewDecision.REMOVE && (in.removalGroundCode() == null
                || in.removalGroundCode().isBlank())) {
            errors.add("removalGroundCode", "required");
        }
        errors.throwIfAny();
        Registration r = registers.activeOn(caller, Journal.MINORS.registerId(), registrationId);
        LocalDate today = today();
        return jpa.txExpr(TransactionType.Required, em -> {
            JournalEntryEntity e = entry(em, registrationId)
                    .orElseThrow(() -> new NotFoundException(SUBJECT, registrationId));
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.UPDATE, SUBJECT,
                    registrationId);
            int age = reviewAge(e.getDepartmentId());
            int lead = norms.intValue(REVIEW_LEAD, e.getDepartmentId());
            if (e.getReviewDecision() != null) {
                throw new ConflictException("decision", "juvenile.prevention.review.done");
            }
            if (e.getBirthDate() == null || !ReviewAge.taskDue(e.getBirthDate(), age, lead, today)) {
                throw new ConflictException("decision", "juvenile.prevention.review.not-due",
                        e.getBirthDate() == null ? null : ReviewAge.reachesOn(e.getBirthDate(), age));
            }
            Registration after = r;
            String outcome;
            if (in.decision() == ReviewDecision.REMOVE) {
                outcome = "removed: " + in.removalGroundCode();
                tasks.completeAll(caller, REVIEW_TASK, RegisterService.SUBJECT, String.valueOf(registrationId),
                        outcome);
                after = registers.remove(caller, registrationId, expectedVersion,
                        new Removal(in.removalGroundCode(), today, note));
            } else {
                outcome = "kept: " + note;
                tasks.completeAll(caller, REVIEW_TASK, RegisterService.SUBJECT, String.valueOf(registrationId),
                        outcome);
            }
            e.setReviewDecision(in.decision());
            e.setReviewNote(note);
            e.setReviewedOn(today);
            e.setReviewedBy(caller.username());
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), e.getDepartmentId(),
                    "review of registration " + registrationId + ": " + outcome);
            return toDto(e, after, age, today);
        });
    }

    // ---- for the unit's other parts ------------------------------------------------------------------------

    /** A registration on one of the unit's registers (the caller's rights, audited by the core): 404 otherwise. */
    public Registration registration(Caller caller, long registrationId) {
        Registration r = registers.get(caller, registrationId);
        if (Journal.of(r.registerId()) == null) {
            throw new NotFoundException(RegisterService.SUBJECT, registrationId);
        }
        return r;
    }

    static Optional<JournalEntryEntity> entry(EntityManager em, long registrationId) {
        return em.createQuery("SELECT e FROM JournalEntryEntity e WHERE e.registrationId = :r",
                JournalEntryEntity.class).setParameter("r", registrationId).getResultList().stream().findFirst();
    }

    int reviewAge(Long departmentId) {
        return norms.intValue(REVIEW_AGE, departmentId);
    }

    LocalDate today() {
        return LocalDate.now(calendar.zone());
    }

    private Person person(Caller caller, long personId) {
        try {
            return persons.get(caller, personId);
        } catch (NotFoundException e) {
            throw ValidationException.of("personId", "person.unknown", personId);
        }
    }

    static JournalEntry toDto(JournalEntryEntity e, Registration r, int age, LocalDate today) {
        boolean minors = e.getJournal() == Journal.MINORS;
        LocalDate reviewOn = minors && e.getBirthDate() != null ? ReviewAge.reachesOn(e.getBirthDate(), age) : null;
        boolean forReview = minors && r != null && r.active()
                && ReviewAge.forReview(e.getBirthDate(), age, today, e.getReviewDecision() != null);
        return new JournalEntry(e.getId(), e.getRegistrationId(), e.getJournal().registerId(), e.getJournal(),
                e.getJournalYear(), e.getJournalNo(), e.getPersonId(), e.getBirthDate(), e.getGroundCode(),
                e.getBasisDocument(), e.getBasisDate(), e.getRegisteredOn(), e.getOfficerId(), e.getSourceNoticeId(),
                r == null ? null : r.status(), r == null ? null : r.removedOn(), reviewOn, forReview,
                e.getReviewDecision(), e.getReviewNote(), e.getReviewedOn(), e.getDepartmentId(), e.getCreatedBy(),
                e.getCreatedAt(), r == null ? null : r.version(), e.getVersion());
    }
}
