package kz.police.lps.unit.juvenile.internal.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

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
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.prevention.PreventionJournal;
import kz.police.lps.unit.juvenile.internal.prevention.ReviewAge;

/**
 * Materials for the court or the Commission (domain §4.13): a minor's referral to a special educational organisation
 * (WF-J13, BR-J44, US-J37, L930-937, L1201-1206: only on deliberate evasion of schooling or a criminal offence, to the
 * court or the Commission) and a parental-rights case (WF-J12 step 7, BR-J45, US-J38, L1208-1214: prepared through
 * the Commission, which files the claim with the court). Steps: prepared → sent → (parental rights: claim filed) →
 * decided; a step out of order is 409.
 */
@Component(service = CourtMaterials.class)
public class CourtMaterials {

    public static final String REFERRAL_SUBJECT = "juvenile.special-school-referral";
    public static final String PARENTAL_SUBJECT = "juvenile.parental-rights-case";
    static final Set<MaterialsGround> REFERRAL_GROUNDS = Set.of(MaterialsGround.EVASION_OF_SCHOOLING,
            MaterialsGround.CRIMINAL_OFFENCE);
    static final Set<MaterialsGround> PARENTAL_GROUNDS = Set.of(MaterialsGround.DEPRIVATION,
            MaterialsGround.LIMITATION);

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final PersonService persons;
    private final NormService norms;
    private final WorkingCalendar calendar;

    @Activate
    public CourtMaterials(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference PersonService persons, @Reference NormService norms,
            @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.persons = persons;
        this.norms = norms;
        this.calendar = calendar;
    }

    static String subject(MaterialsKind kind) {
        return kind == MaterialsKind.PARENTAL_RIGHTS ? PARENTAL_SUBJECT : REFERRAL_SUBJECT;
    }

    /** The ground of materials of a kind: 422 naming {@code ground} unless one the rule allows (BR-J44). */
    public static MaterialsGround ground(ValidationException.Collector errors, MaterialsKind kind, String value) {
        if (value == null || value.isBlank()) {
            errors.add("ground", "required");
            return null;
        }
        Set<MaterialsGround> allowed = kind == MaterialsKind.PARENTAL_RIGHTS ? PARENTAL_GROUNDS : REFERRAL_GROUNDS;
        for (MaterialsGround g : allowed) {
            if (g.name().equals(value.strip())) {
                return g;
            }
        }
        errors.add("ground", kind == MaterialsKind.PARENTAL_RIGHTS ? "juvenile.prevention.parental-rights-ground"
                : "juvenile.prevention.referral-ground", value);
        return null;
    }

    public MaterialsCase create(Caller caller, MaterialsKind kind, NewMaterialsCase in) {
        String subject = subject(kind);
        access.requireWorker(caller, AuditAction.CREATE, subject, null);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        LocalDate today = today();
        LocalDate preparedOn = in.preparedOn() != null ? in.preparedOn() : today;
        Long departmentId = in.departmentId() != null ? in.departmentId() : caller.departmentId();
        boolean parental = kind == MaterialsKind.PARENTAL_RIGHTS;
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.minorPersonId() == null) {
            errors.add("minorPersonId", "required");
        }
        if (parental && in.parentPersonId() == null) {
            errors.add("parentPersonId", "required");
        }
        MaterialsGround ground = ground(errors, kind, in.ground());
        Addressee addressee = in.addressee();
        if (parental) {
            // BR-J45: the JI helps the Commission, which brings the claim to the court (L1208-1214)
            if (addressee == Addressee.COURT) {
                errors.add("addressee", "juvenile.prevention.parental-rights-addressee");
            }
            addressee = Addressee.COMMISSION;
        } else if (addressee == null) {
            errors.add("addressee", "required");
        }
        String evidence = Checks.text(errors, "evidence", in.evidence(), 4000, false);
        if (preparedOn.isAfter(today)) {
            errors.add("preparedOn", "date.future");
        }
        if (departmentId == null) {
            errors.add("departmentId", "required");
        }
        errors.throwIfAny();
        Person minor = person(caller, "minorPersonId", in.minorPersonId());
        int age = norms.intValue(PreventionJournal.REVIEW_AGE, departmentId);
        if (minor.birthDate() == null || !ReviewAge.under(minor.birthDate(), age, preparedOn)) {
            throw ValidationException.of("minorPersonId", "juvenile.prevention.not-minor", age, preparedOn);
        }
        if (parental) {
            person(caller, "parentPersonId", in.parentPersonId());
        }
        String path = access.departmentPath(caller, "departmentId", departmentId, AuditAction.CREATE, subject, null);
        Long officerId = access.officerIdOf(caller).orElse(null);
        Addressee to = addressee;
        return jpa.txExpr(TransactionType.Required, em -> {
            MaterialsCaseEntity e = new MaterialsCaseEntity();
            e.setKind(kind);
            e.setMinorPersonId(in.minorPersonId());
            e.setParentPersonId(parental ? in.parentPersonId() : null);
            e.setGround(ground);
            e.setAddressee(to);
            e.setStatus(MaterialsStatus.PREPARING);
            e.setEvidence(evidence);
            e.setPreparedOn(preparedOn);
            e.setOfficerId(officerId);
            e.setDepartmentId(departmentId);
            e.setDepartmentPath(path);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, subject, e.getId(), departmentId);
            return toDto(e);
        });
    }

    /** Records the next step (If-Match: the case's version); 409 when the step does not follow. */
    public MaterialsCase step(Caller caller, MaterialsKind kind, long id, Long expectedVersion, MaterialsStep in) {
        String subject = subject(kind);
        access.requireWorker(caller, AuditAction.UPDATE, subject, id);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        LocalDate today = today();
        LocalDate on = in.on() != null ? in.on() : today;
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.step() == null || in.step() == MaterialsStatus.PREPARING) {
            errors.add("step", "required");
        }
        if (on.isAfter(today)) {
            errors.add("on", "date.future");
        }
        if (in.step() == MaterialsStatus.DECIDED && in.decision() == null) {
            errors.add("decision", "required");
        }
        String note = Checks.text(errors, "note", in.note(), 4000, false);
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            MaterialsCaseEntity e = em.find(MaterialsCaseEntity.class, id);
            if (e == null || e.getKind() != kind) {
                throw new NotFoundException(subject, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.UPDATE, subject, id);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            MaterialsStatus from = e.getStatus();
            boolean parental = kind == MaterialsKind.PARENTAL_RIGHTS;
            boolean follows = switch (in.step()) {
                case SENT -> from == MaterialsStatus.PREPARING;
                case CLAIM_FILED -> parental && from == MaterialsStatus.SENT;
                case DECIDED -> from == (parental ? MaterialsStatus.CLAIM_FILED : MaterialsStatus.SENT);
                default -> false;
            };
            if (!follows) {
                throw new ConflictException("step", "juvenile.prevention.materials-step", in.step(), from);
            }
            LocalDate previous = from == MaterialsStatus.PREPARING ? e.getPreparedOn()
                    : from == MaterialsStatus.SENT ? e.getSentOn() : e.getClaimFiledOn();
            if (on.isBefore(previous)) {
                throw ValidationException.of("on", "date.before", previous);
            }
            switch (in.step()) {
                case SENT -> e.setSentOn(on);
                case CLAIM_FILED -> e.setClaimFiledOn(on);
                default -> {
                    e.setDecidedOn(on);
                    e.setDecision(in.decision());
                    e.setDecisionNote(note);
                }
            }
            e.setStatus(in.step());
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, subject, id, e.getDepartmentId(),
                    from + " -> " + in.step());
            return toDto(e);
        });
    }

    public MaterialsCase get(Caller caller, MaterialsKind kind, long id) {
        String subject = subject(kind);
        access.requireReader(caller, subject, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            MaterialsCaseEntity e = em.find(MaterialsCaseEntity.class, id);
            if (e == null || e.getKind() != kind) {
                throw new NotFoundException(subject, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, subject, id);
            audit.record(caller, AuditAction.READ, subject, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** The cases of a kind in the caller's scope (of a person, in a status), latest first. */
    public Page<MaterialsCase> list(Caller caller, MaterialsKind kind, Long personId, MaterialsStatus status,
            PageRequest page) {
        String subject = subject(kind);
        access.requireReader(caller, subject, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String where = " WHERE e.kind = :kind AND e.departmentPath LIKE :scope"
                + (personId != null ? " AND (e.minorPersonId = :p OR e.parentPersonId = :p)" : "")
                + (status != null ? " AND e.status = :status" : "");
        return jpa.txExpr(TransactionType.Required, em -> {
            var q = em.createQuery("SELECT e FROM MaterialsCaseEntity e" + where + " ORDER BY e.preparedOn DESC, "
                    + "e.id DESC", MaterialsCaseEntity.class).setParameter("kind", kind)
                    .setParameter("scope", scope + "%");
            var c = em.createQuery("SELECT COUNT(e) FROM MaterialsCaseEntity e" + where, Long.class)
                    .setParameter("kind", kind).setParameter("scope", scope + "%");
            if (personId != null) {
                q.setParameter("p", personId);
                c.setParameter("p", personId);
            }
            if (status != null) {
                q.setParameter("status", status);
                c.setParameter("status", status);
            }
            List<MaterialsCase> items = q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(CourtMaterials::toDto).toList();
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, subject, null, null,
                    "cases " + items.stream().map(MaterialsCase::id).toList());
            return new Page<>(items, c.getSingleResult(), page.limit(), page.offset());
        });
    }

    private Person person(Caller caller, String field, long id) {
        try {
            return persons.get(caller, id);
        } catch (NotFoundException e) {
            throw ValidationException.of(field, "person.unknown", id);
        }
    }

    private LocalDate today() {
        return LocalDate.now(calendar.zone());
    }

    static MaterialsCase toDto(MaterialsCaseEntity e) {
        return new MaterialsCase(e.getId(), e.getKind(), e.getMinorPersonId(), e.getParentPersonId(), e.getGround(),
                e.getAddressee(), e.getStatus(), e.getEvidence(), e.getPreparedOn(), e.getSentOn(),
                e.getClaimFiledOn(), e.getDecision(), e.getDecidedOn(), e.getDecisionNote(), e.getOfficerId(),
                e.getDepartmentId(), e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }
}
