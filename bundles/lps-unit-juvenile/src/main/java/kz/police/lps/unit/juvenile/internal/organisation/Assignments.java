package kz.police.lps.unit.juvenile.internal.organisation;

import java.time.Instant;
import java.time.LocalDate;
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

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.error.VersionMismatchException;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerNames;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.school.School;
import kz.police.lps.unit.juvenile.internal.school.Schools;

/**
 * Juvenile inspectors' assignments by the head's order (WF-J1, WF-J2; BR-J01, N-J1/N-J2, L786-789, L868-869): to an
 * administrative precinct, a transport precinct or a school, with the order's number, date and issuer and the office.
 * Only the unit's head (or {@code lps-admin}) assigns and ends; one inspector per precinct and per school at a time;
 * an officer holds one assignment at a time. A school inspector may also take the school's adjacent precinct only
 * as N-J3 allows (BR-J05, L870-875); the unit's head, and where N-J6 applies its senior inspector, never hold a precinct
 * (BR-J07, L892-897). Precinct handovers (BR-J04, L801-807) end the outgoing assignment, write the passport entry and
 * assign the incoming inspector in one transaction.
 */
@Component(service = Assignments.class)
public class Assignments {

    public static final String SUBJECT = "juvenile.assignment";
    public static final String HANDOVER_SUBJECT = "juvenile.handover";
    public static final String MAX_STUDENTS = "juvenile.school-inspector.adjacent-precinct.max-students";
    public static final String MAX_MINORS = "juvenile.school-inspector.adjacent-precinct.max-resident-minors";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final OfficerService officers;
    private final NormService norms;
    private final WorkingCalendar calendar;
    private final Schools schools;
    private final UnitOrganisation organisation;

    @Activate
    public Assignments(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference OfficerService officers, @Reference NormService norms,
            @Reference WorkingCalendar calendar, @Reference Schools schools,
            @Reference UnitOrganisation organisation) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.officers = officers;
        this.norms = norms;
        this.calendar = calendar;
        this.schools = schools;
        this.organisation = organisation;
    }

    /** Assigns an inspector by the head's order (the head only): 201, or 422 naming the field, 409 when taken. */
    public Assignment assign(Caller caller, NewAssignment in) {
        access.requireHead(caller, AuditAction.CREATE, SUBJECT, null);
        Valid v = validate(caller, in);
        return jpa.txExpr(TransactionType.Required, em -> {
            AssignmentEntity e = create(em, caller, v);
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.id, e.departmentId);
            return toDto(e, OfficerNames.full(v.officer));
        });
    }

    /** Ends an assignment (the head only; If-Match): from the next day the precinct or school has no inspector. */
    public Assignment end(Caller caller, long id, Long expectedVersion, AssignmentEnd body) {
        access.requireHead(caller, AuditAction.UPDATE, SUBJECT, id);
        if (expectedVersion == null) {
            throw VersionMismatchException.missing();
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        String reason = Checks.text(errors, "reason", body == null ? null : body.reason(), 500, false);
        errors.throwIfAny();
        LocalDate endedOn = body == null || body.endedOn() == null ? today() : body.endedOn();
        return jpa.txExpr(TransactionType.Required, em -> {
            AssignmentEntity e = find(em, caller, id, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.version);
            if (!e.active) {
                throw new ConflictException("active", "juvenile.org.assignment-ended");
            }
            if (endedOn.isBefore(e.startedOn)) {
                throw ValidationException.of("endedOn", "date.before", e.startedOn);
            }
            close(e, endedOn, caller.username(), reason);
            audit.record(caller, AuditAction.UPDATE, SUBJECT, id, e.departmentId);
            em.flush();
            return dto(e);
        });
    }

    public Assignment get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            AssignmentEntity e = find(em, caller, id, AuditAction.READ);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.departmentId);
            return dto(e);
        });
    }

    /** Assignments in the caller's scope, newest first; filtered by officer, precinct, school, type, active. */
    public Page<Assignment> list(Caller caller, Long officerId, Long precinctId, Long schoolId, AssignmentType type,
            Boolean active, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" FROM AssignmentEntity a WHERE a.departmentPath LIKE :scope");
        params.put("scope", scope + "%");
        if (officerId != null) {
            where.append(" AND a.officerId = :officer");
            params.put("officer", officerId);
        }
        if (precinctId != null) {
            where.append(" AND a.precinctId = :precinct");
            params.put("precinct", precinctId);
        }
        if (schoolId != null) {
            where.append(" AND a.schoolId = :school");
            params.put("school", schoolId);
        }
        if (type != null) {
            where.append(" AND a.type = :type");
            params.put("type", type);
        }
        if (active != null) {
            where.append(" AND a.active = :active");
            params.put("active", active);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<AssignmentEntity> q = em.createQuery("SELECT a" + where + " ORDER BY a.startedOn DESC, a.id DESC",
                    AssignmentEntity.class).setFirstResult(page.offset()).setMaxResults(page.limit());
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(a)" + where, Long.class);
            params.forEach((k, val) -> {
                q.setParameter(k, val);
                count.setParameter(k, val);
            });
            Map<Long, String> names = new HashMap<>();
            List<Assignment> items = q.getResultList().stream().map(e -> toDto(e, names)).toList();
            audit.record(caller, AuditAction.READ, SUBJECT + "s", null, null);
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    // ------------------------------------------------------------------------------------------------ handover

    /**
     * BR-J04 (L801-807): a precinct handed over to a new juvenile inspector before the ЖПҚ head or deputy (the
     * witness, recorded by name and role). The caller must be a head. Ends the outgoing inspector's assignment the day
     * before, writes the passport entry, assigns the incoming inspector by the order named; one transaction.
     */
    public Handover handover(Caller caller, NewHandover in) {
        access.requireHead(caller, AuditAction.CREATE, HANDOVER_SUBJECT, null);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        String witness = Checks.text(errors, "witnessName", in.witnessName(), 200, true);
        if (in.witnessRole() == null) {
            errors.add("witnessRole", "required");
        }
        String notes = Checks.text(errors, "notes", in.notes(), 1000, false);
        LocalDate handedOn = in.handedOn() == null ? today() : in.handedOn();
        if (handedOn.isAfter(today())) {
            errors.add("handedOn", "date.future");
        }
        errors.throwIfAny();
        NewAssignment order = new NewAssignment(in.incomingOfficerId(), AssignmentType.PRECINCT, in.precinctId(), null,
                in.orderNo(), in.orderDate(), in.issuedBy(), in.officeLocation(), handedOn);
        Valid v = validate(caller, order, true);
        return jpa.txExpr(TransactionType.Required, em -> {
            Optional<AssignmentEntity> outgoing = activeOnPrecinct(em, v.precinct.id());
            if (outgoing.isPresent() && outgoing.get().officerId == v.officer.id()) {
                throw ValidationException.of("incomingOfficerId", "juvenile.org.handover-same");
            }
            outgoing.ifPresent(o -> close(o, handedOn.minusDays(1).isBefore(o.startedOn) ? o.startedOn
                    : handedOn.minusDays(1), caller.username(), "handover"));
            em.flush();
            AssignmentEntity assignment = create(em, caller, v);
            HandoverEntity h = new HandoverEntity();
            h.precinctId = v.precinct.id();
            h.incomingOfficerId = v.officer.id();
            h.outgoingOfficerId = outgoing.map(o -> o.officerId).orElse(null);
            h.witnessName = witness;
            h.witnessRole = in.witnessRole();
            h.handedOn = handedOn;
            h.notes = notes;
            h.assignmentId = assignment.id;
            h.departmentId = assignment.departmentId;
            h.departmentPath = assignment.departmentPath;
            h.createdBy = caller.username();
            h.createdAt = Instant.now();
            em.persist(h);
            em.flush();
            PassportEntryEntity p = new PassportEntryEntity();
            p.precinctId = h.precinctId;
            p.entryKind = "HANDOVER";
            p.entryDate = handedOn;
            p.entryText = passportText(v, h, outgoing.map(o -> name(o.officerId)).orElse(null));
            p.handoverId = h.id;
            p.departmentId = h.departmentId;
            p.departmentPath = h.departmentPath;
            p.createdBy = caller.username();
            p.createdAt = h.createdAt;
            em.persist(p);
            em.flush();
            h.linkPassport(p.id);
            audit.record(caller, AuditAction.CREATE, HANDOVER_SUBJECT, h.id, h.departmentId);
            audit.record(caller, AuditAction.CREATE, SUBJECT, assignment.id, assignment.departmentId);
            em.flush();
            return toDto(h, p);
        });
    }

    /** The handovers of a precinct (the passport's handover entries), newest first. */
    public List<Handover> handovers(Caller caller, long precinctId) {
        access.requireReader(caller, HANDOVER_SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Handover> out = em.createQuery("SELECT h FROM HandoverEntity h WHERE h.precinctId = :p"
                    + " AND h.departmentPath LIKE :scope ORDER BY h.handedOn DESC, h.id DESC", HandoverEntity.class)
                    .setParameter("p", precinctId).setParameter("scope", scope + "%").setMaxResults(
                            PageRequest.MAX_LIMIT).getResultList().stream()
                    .map(h -> toDto(h, h.passportEntryId == null ? null
                            : em.find(PassportEntryEntity.class, h.passportEntryId))).toList();
            audit.record(caller, AuditAction.READ, HANDOVER_SUBJECT + "s", "precinct " + precinctId, null);
            return out;
        });
    }

    private String passportText(Valid v, HandoverEntity h, String outgoing) {
        return "Учаскені қабылдау-тапсыру / приём-передача участка " + v.precinct.code() + ": "
                + (outgoing == null ? "" : "тапсырды / сдал " + outgoing + "; ") + "қабылдады / принял "
                + OfficerNames.full(v.officer) + "; қатысты / в присутствии " + h.witnessRole.label().ru() + " "
                + h.witnessName + "; бұйрық / приказ № " + v.orderNo + " от " + v.orderDate + " (L801-807)";
    }

    // ------------------------------------------------------------------------------------------------ for cover

    /** The precincts an officer holds today (precinct or transport, or a school inspector's adjacent one). */
    public List<Long> precinctsOf(long officerId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT a.precinctId FROM AssignmentEntity a"
                + " WHERE a.officerId = :o AND a.active = :on AND a.precinctId IS NOT NULL", Long.class)
                .setParameter("on", true).setParameter("o", officerId).getResultList());
    }

    /** The schools an officer is assigned to today. */
    public List<Long> schoolsOf(long officerId) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT a.schoolId FROM AssignmentEntity a"
                + " WHERE a.officerId = :o AND a.active = :on AND a.schoolId IS NOT NULL", Long.class)
                .setParameter("on", true).setParameter("o", officerId).getResultList());
    }

    /** Whether an officer holds a precinct today (BR-J07 checks of the organisation). */
    static boolean holdsPrecinct(EntityManager em, long officerId) {
        return !em.createQuery("SELECT a.id FROM AssignmentEntity a WHERE a.officerId = :o AND a.active = :on"
                + " AND a.precinctId IS NOT NULL", Long.class).setParameter("on", true).setParameter("o", officerId)
                .setMaxResults(1).getResultList().isEmpty();
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private record Valid(String officerField, Officer officer, String path, AssignmentType type, OrgUnit precinct,
            Long schoolId, String orderNo, LocalDate orderDate, String issuedBy, String office, LocalDate startedOn) {
    }

    private Valid validate(Caller caller, NewAssignment in) {
        return validate(caller, in, false);
    }

    private Valid validate(Caller caller, NewAssignment in, boolean handover) {
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        String officerField = handover ? "incomingOfficerId" : "officerId";
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.officerId() == null) {
            errors.add(officerField, "required");
        }
        if (in.type() == null) {
            errors.add("type", "required");
        } else if (in.type() == AssignmentType.SCHOOL) {
            if (in.schoolId() == null) {
                errors.add("schoolId", "required");
            }
        } else {
            if (in.precinctId() == null) {
                errors.add("precinctId", "required");
            }
            if (in.schoolId() != null) {
                errors.add("schoolId", "juvenile.org.school-not-expected");
            }
        }
        String orderNo = Checks.text(errors, "orderNo", in.orderNo(), 50, true);
        String issuedBy = Checks.text(errors, "issuedBy", in.issuedBy(), 200, true);
        String office = Checks.text(errors, "officeLocation", in.officeLocation(), 300, false);
        if (in.orderDate() == null) {
            errors.add("orderDate", "required");
        } else if (in.orderDate().isAfter(today())) {
            errors.add("orderDate", "date.future");
        }
        LocalDate started = in.startedOn() != null ? in.startedOn() : in.orderDate();
        if (started != null && in.orderDate() != null && started.isBefore(in.orderDate())) {
            errors.add("startedOn", "date.before", in.orderDate());
        }
        errors.throwIfAny();
        Officer officer = access.unitOfficer(caller, officerField, in.officerId(), AuditAction.CREATE, SUBJECT, null);
        String path = access.departmentPath(caller, officerField, officer.departmentId(), AuditAction.CREATE, SUBJECT,
                null);
        OrgUnit precinct = in.precinctId() == null ? null
                : organisation.precinct(caller, "precinctId", in.precinctId(), AuditAction.CREATE, SUBJECT);
        return new Valid(officerField, officer, path, in.type(), precinct, in.schoolId(), orderNo, in.orderDate(),
                issuedBy, office, started);
    }

    /** The rules needing the unit's rows, then the row: inside the writing transaction, before anything is written. */
    private AssignmentEntity create(EntityManager em, Caller caller, Valid v) {
        if (v.type == AssignmentType.SCHOOL) {
            School school = schools.find(em, caller, "schoolId", v.schoolId, AuditAction.CREATE);
            if (v.precinct != null) {
                adjacentPrecinctRule(em, v, school);
            }
            if (activeOnSchool(em, school.id()).isPresent()) {
                throw new ConflictException("schoolId", "juvenile.org.school-taken", school.name());
            }
        }
        if (v.precinct != null) {
            organisation.precinctExemptRule(em, v.officer, v.officerField);
            if (activeOnPrecinct(em, v.precinct.id()).isPresent()) {
                throw new ConflictException("precinctId", "juvenile.org.precinct-taken", v.precinct.code());
            }
        }
        if (!em.createQuery("SELECT a.id FROM AssignmentEntity a WHERE a.officerId = :o AND a.active = :on",
                Long.class).setParameter("on", true).setParameter("o", v.officer.id()).setMaxResults(1)
                .getResultList().isEmpty()) {
            throw new ConflictException(v.officerField, "juvenile.org.officer-assigned", OfficerNames.full(v.officer));
        }
        AssignmentEntity e = new AssignmentEntity();
        e.officerId = v.officer.id();
        e.type = v.type;
        e.precinctId = v.precinct == null ? null : v.precinct.id();
        e.schoolId = v.schoolId;
        e.orderNo = v.orderNo;
        e.orderDate = v.orderDate;
        e.issuedBy = v.issuedBy;
        e.officeLocation = v.office;
        e.startedOn = v.startedOn;
        e.active = true;
        e.departmentId = v.officer.departmentId();
        e.departmentPath = v.path;
        e.createdBy = caller.username();
        e.createdAt = Instant.now();
        em.persist(e);
        em.flush();
        return e;
    }

    /** N-J3 / BR-J05 (L870-875), the figures from the norms in force in the officer's region. */
    private void adjacentPrecinctRule(EntityManager em, Valid v, School school) {
        if (school.adjacentPrecinctId() == null || !school.adjacentPrecinctId().equals(v.precinct.id())) {
            throw ValidationException.of("precinctId", "juvenile.org.adjacent.not-adjacent", v.precinct.code(),
                    school.name());
        }
        long dept = v.officer.departmentId();
        int maxStudents = norms.effective(MAX_STUDENTS, dept).intValue();
        int maxMinors = norms.effective(MAX_MINORS, dept).intValue();
        Integer minors = UnitOrganisation.residentMinors(em, v.precinct.id());
        OrganisationRules.adjacentPrecinct(school.shiftMode(), school.studentCount(), maxStudents, minors, maxMinors)
                .ifPresent(r -> {
                    throw ValidationException.of("precinctId", r.key(), r.args());
                });
    }

    static Optional<AssignmentEntity> activeOnPrecinct(EntityManager em, long precinctId) {
        return em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.precinctId = :p AND a.active = :on",
                AssignmentEntity.class).setParameter("on", true).setParameter("p", precinctId).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    private static Optional<AssignmentEntity> activeOnSchool(EntityManager em, long schoolId) {
        return em.createQuery("SELECT a FROM AssignmentEntity a WHERE a.schoolId = :s AND a.active = :on",
                AssignmentEntity.class).setParameter("on", true).setParameter("s", schoolId).setMaxResults(1)
                .getResultList().stream().findFirst();
    }

    private static void close(AssignmentEntity e, LocalDate endedOn, String by, String reason) {
        e.close(endedOn, by, reason);
    }

    private AssignmentEntity find(EntityManager em, Caller caller, long id, AuditAction action) {
        AssignmentEntity e = em.find(AssignmentEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.departmentPath, e.departmentId, action, SUBJECT, id);
        return e;
    }

    private LocalDate today() {
        return LocalDate.now(calendar.zone());
    }

    private String name(long officerId) {
        try {
            return OfficerNames.full(officers.get(Caller.system(JuvenileAccess.UNIT), officerId));
        } catch (RuntimeException e) {
            return String.valueOf(officerId);
        }
    }

    private Assignment dto(AssignmentEntity e) {
        return toDto(e, name(e.officerId));
    }

    private Assignment toDto(AssignmentEntity e, Map<Long, String> names) {
        return toDto(e, names.computeIfAbsent(e.officerId, this::name));
    }

    static Assignment toDto(AssignmentEntity e, String officerName) {
        return new Assignment(e.id, e.officerId, officerName, e.type, e.precinctId, e.schoolId, e.orderNo, e.orderDate,
                e.issuedBy, e.officeLocation, e.startedOn, e.active, e.endedOn, e.endedBy, e.endReason,
                e.departmentId, e.createdBy, e.createdAt, e.version);
    }

    private static Handover toDto(HandoverEntity h, PassportEntryEntity p) {
        return new Handover(h.id, h.precinctId, h.incomingOfficerId, h.outgoingOfficerId, h.witnessName,
                h.witnessRole, h.handedOn, h.notes, h.assignmentId, h.passportEntryId,
                p == null ? null : p.entryText, h.departmentId, h.createdBy, h.createdAt, h.version);
    }
}
