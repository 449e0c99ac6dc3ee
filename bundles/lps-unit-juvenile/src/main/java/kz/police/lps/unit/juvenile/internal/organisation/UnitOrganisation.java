package kz.police.lps.unit.juvenile.internal.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.persistence.EntityManager;

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
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.error.VersionMismatchException;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerNames;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;

/**
 * The juvenile affairs unit's organisation (domain §4.1, §4.4): the juvenile view of a core precinct (the minors
 * living in it, recorded by the head for N-J3, L874-875), the unit's head post, senior inspector and premises
 * (US-J07, US-J08, L886-897), the BR-J07 rule (N-J5, N-J6) and the school coverage figure (US-J10, L844-852).
 */
@Component(service = UnitOrganisation.class)
public class UnitOrganisation {

    public static final String SUBJECT = "juvenile.organisation";
    public static final String PRECINCT_SUBJECT = "juvenile.precinct";
    public static final String SENIOR_ABOVE = "juvenile.staffing.senior-inspector-unassigned-above";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final OfficerService officers;
    private final OrgService org;
    private final NormService norms;
    private final WorkingCalendar calendar;

    @Activate
    public UnitOrganisation(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference OfficerService officers, @Reference OrgService org,
            @Reference NormService norms, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.officers = officers;
        this.org = org;
        this.norms = norms;
        this.calendar = calendar;
    }

    // ------------------------------------------------------------------------------------------------ precincts

    /** The juvenile view of a precinct (readers). */
    public JuvenilePrecinct precinct(Caller caller, long id) {
        access.requireReader(caller, PRECINCT_SUBJECT, id);
        OrgUnit p = precinct(caller, "id", id, AuditAction.READ, PRECINCT_SUBJECT);
        return jpa.txExpr(TransactionType.Required, em -> {
            audit.record(caller, AuditAction.READ, PRECINCT_SUBJECT, id, id);
            return view(em, p);
        });
    }

    /** Records the minors living in a precinct (the head; If-Match once a record exists). */
    public JuvenilePrecinct updatePrecinct(Caller caller, long id, Long expectedVersion, PrecinctInput in) {
        access.requireHead(caller, AuditAction.UPDATE, PRECINCT_SUBJECT, id);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in == null || in.residentMinors() == null) {
            errors.add("residentMinors", "required");
        } else if (in.residentMinors() < 0) {
            errors.add("residentMinors", "range", 0, Integer.MAX_VALUE);
        }
        errors.throwIfAny();
        OrgUnit p = precinct(caller, "id", id, AuditAction.UPDATE, PRECINCT_SUBJECT);
        return jpa.txExpr(TransactionType.Required, em -> {
            PrecinctMinorsEntity e = minorsOf(em, id).orElse(null);
            if (e == null) {
                e = new PrecinctMinorsEntity();
                e.precinctId = id;
                e.departmentId = id;
                e.departmentPath = p.path();
            } else {
                if (expectedVersion == null) {
                    throw VersionMismatchException.missing();
                }
                VersionMismatchException.check(expectedVersion, e.version);
            }
            e.record(in.residentMinors(), caller.username(), Instant.now());
            if (e.id == null) {
                em.persist(e);
            }
            em.flush();
            audit.record(caller, AuditAction.UPDATE, PRECINCT_SUBJECT, id, id);
            return view(em, p);
        });
    }

    /**
     * A core precinct for the unit's records: 422 naming {@code field} when there is none, 403 (audited) when out of
     * the caller's scope.
     */
    public OrgUnit precinct(Caller caller, String field, long id, AuditAction action, String subjectType) {
        OrgUnit p;
        try {
            p = org.get(Caller.system(JuvenileAccess.UNIT), id);
        } catch (RuntimeException e) {
            throw ValidationException.of(field, "juvenile.precinct.unknown", id);
        }
        if (p.kind() != OrgUnitKind.PRECINCT) {
            throw ValidationException.of(field, "juvenile.precinct.unknown", id);
        }
        access.requireInScope(caller, p.path(), p.id(), action, subjectType, id);
        return p;
    }

    static Integer residentMinors(EntityManager em, long precinctId) {
        return minorsOf(em, precinctId).map(e -> e.residentMinors).orElse(null);
    }

    private static Optional<PrecinctMinorsEntity> minorsOf(EntityManager em, long precinctId) {
        return em.createQuery("SELECT m FROM PrecinctMinorsEntity m WHERE m.precinctId = :p",
                PrecinctMinorsEntity.class).setParameter("p", precinctId).getResultList().stream().findFirst();
    }

    private JuvenilePrecinct view(EntityManager em, OrgUnit p) {
        Optional<PrecinctMinorsEntity> m = minorsOf(em, p.id());
        Assignment inspector = Assignments.activeOnPrecinct(em, p.id())
                .map(a -> Assignments.toDto(a, name(a.officerId))).orElse(null);
        return new JuvenilePrecinct(p.id(), p.code(), p.name(), p.parentId(), p.settlementType(), p.residentCount(),
                m.map(e -> e.residentMinors).orElse(null), inspector, m.map(e -> e.version).orElse(null));
    }

    // ------------------------------------------------------------------------------------------------ the unit

    /** The organisation of the juvenile unit node (readers); defaults when the head has recorded none. */
    public Organisation get(Caller caller, long unitNodeId) {
        access.requireReader(caller, SUBJECT, unitNodeId);
        OrgUnit unit = unitNode(caller, unitNodeId, AuditAction.READ);
        return jpa.txExpr(TransactionType.Required, em -> {
            audit.record(caller, AuditAction.READ, SUBJECT, unitNodeId, unitNodeId);
            return toDto(unit, find(em, unitNodeId).orElse(null));
        });
    }

    /**
     * Records the unit's organisation (the head; If-Match once recorded): head post yes/no and its officer, the
     * senior inspector, the premises. 422 when the head (or, under N-J6, the senior inspector) holds a precinct.
     */
    public Organisation update(Caller caller, long unitNodeId, Long expectedVersion, OrganisationInput in) {
        access.requireHead(caller, AuditAction.UPDATE, SUBJECT, unitNodeId);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.headPost() == null) {
            errors.add("headPost", "required");
        } else if (!in.headPost() && in.headOfficerId() != null) {
            errors.add("headOfficerId", "juvenile.org.no-head-post");
        }
        String address = Checks.text(errors, "premisesAddress", in.premisesAddress(), 500, false);
        errors.throwIfAny();
        OrgUnit unit = unitNode(caller, unitNodeId, AuditAction.UPDATE);
        Officer head = in.headOfficerId() == null ? null
                : access.unitOfficer(caller, "headOfficerId", in.headOfficerId(), AuditAction.UPDATE, SUBJECT,
                        unitNodeId);
        Officer senior = in.seniorOfficerId() == null ? null
                : access.unitOfficer(caller, "seniorOfficerId", in.seniorOfficerId(), AuditAction.UPDATE, SUBJECT,
                        unitNodeId);
        int inspectors = inspectors(unitNodeId);
        int above = norms.effective(SENIOR_ABOVE, unitNodeId).intValue();
        return jpa.txExpr(TransactionType.Required, em -> {
            if (head != null && Assignments.holdsPrecinct(em, head.id())) {
                throw ValidationException.of("headOfficerId", "juvenile.org.head-exempt");
            }
            if (senior != null && Assignments.holdsPrecinct(em, senior.id())) {
                OrganisationRules.precinctExempt(senior.id(), null, in.headPost(), senior.id(), inspectors, above)
                        .ifPresent(r -> {
                            throw ValidationException.of("seniorOfficerId", r.key(), r.args());
                        });
            }
            OrganisationEntity e = find(em, unitNodeId).orElse(null);
            if (e == null) {
                e = new OrganisationEntity();
                e.unitNodeId = unitNodeId;
                e.departmentId = unitNodeId;
                e.departmentPath = unit.path();
            } else {
                if (expectedVersion == null) {
                    throw VersionMismatchException.missing();
                }
                VersionMismatchException.check(expectedVersion, e.version);
            }
            e.record(in.headPost(), head == null ? null : head.id(), senior == null ? null : senior.id(), address,
                    Boolean.TRUE.equals(in.premisesPhone()), Boolean.TRUE.equals(in.premisesRadio()),
                    in.premisesLocation(), caller.username(), Instant.now());
            if (e.id == null) {
                em.persist(e);
            }
            em.flush();
            audit.record(caller, AuditAction.UPDATE, SUBJECT, unitNodeId, unitNodeId);
            return toDto(unit, e);
        });
    }

    /**
     * BR-J07 (N-J5, N-J6; L892-897), inside an assignment's transaction: 422 naming {@code field} when the
     * officer is the unit's head, or its senior inspector where there is no head post and more inspectors than the
     * norm.
     */
    void precinctExemptRule(EntityManager em, Officer officer, String field) {
        long unitNode = unitNodeOf(officer);
        Optional<OrganisationEntity> o = find(em, unitNode);
        if (o.isEmpty()) {
            return;
        }
        OrganisationEntity e = o.get();
        int inspectors = e.headPost || e.seniorOfficerId == null ? 0 : inspectors(unitNode);
        int above = norms.effective(SENIOR_ABOVE, unitNode).intValue();
        OrganisationRules.precinctExempt(officer.id(), e.headOfficerId, e.headPost, e.seniorOfficerId, inspectors,
                above).ifPresent(r -> {
                    throw ValidationException.of(field, r.key(), r.args());
                });
    }

    // ------------------------------------------------------------------------------------------------ coverage

    /** US-J10: the schools in the caller's scope with and without a school inspector assigned today. */
    public SchoolCoverage schoolCoverage(Caller caller) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new SchoolCoverage(0, 0, 0, 0);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            long schools = em.createQuery("SELECT COUNT(s) FROM SchoolEntity s WHERE s.departmentPath LIKE :scope",
                    Long.class).setParameter("scope", scope + "%").getSingleResult();
            long covered = em.createQuery("SELECT COUNT(s) FROM SchoolEntity s WHERE s.departmentPath LIKE :scope"
                    // an assignment in force has no last day (Derby refuses a boolean bound inside a subquery)
                    + " AND EXISTS (SELECT a.id FROM AssignmentEntity a WHERE a.schoolId = s.id AND a.endedOn IS NULL)",
                    Long.class).setParameter("scope", scope + "%").getSingleResult();
            audit.record(caller, AuditAction.READ, SUBJECT, "school-coverage", null);
            double share = schools == 0 ? 0 : Math.round(covered * 1000.0 / schools) / 1000.0;
            return new SchoolCoverage(schools, covered, schools - covered, share);
        });
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** The juvenile unit node above an officer's department (the officer's own department when none). */
    public long unitNodeOf(Officer officer) {
        List<OrgUnit> chain = org.ancestry(Caller.system(JuvenileAccess.UNIT), officer.departmentId());
        for (int i = chain.size() - 1; i >= 0; i--) {
            OrgUnit n = chain.get(i);
            if (n.kind() == OrgUnitKind.UNIT && JuvenileAccess.UNIT.equals(n.unitType())) {
                return n.id();
            }
        }
        return officer.departmentId();
    }

    /** The unit's officers on duty at its node. */
    private int inspectors(long unitNodeId) {
        return (int) officers.list(Caller.system(JuvenileAccess.UNIT), unitNodeId, JuvenileAccess.UNIT,
                PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .filter(o -> o.status() == OfficerStatus.ACTIVE).count();
    }

    private OrgUnit unitNode(Caller caller, long id, AuditAction action) {
        OrgUnit u;
        try {
            u = org.get(Caller.system(JuvenileAccess.UNIT), id);
        } catch (RuntimeException e) {
            throw ValidationException.of("unitNodeId", "juvenile.org.unit-unknown", id);
        }
        if (u.kind() != OrgUnitKind.UNIT || !JuvenileAccess.UNIT.equals(u.unitType())) {
            throw ValidationException.of("unitNodeId", "juvenile.org.unit-unknown", id);
        }
        access.requireInScope(caller, u.path(), u.id(), action, SUBJECT, id);
        return u;
    }

    private static Optional<OrganisationEntity> find(EntityManager em, long unitNodeId) {
        return em.createQuery("SELECT o FROM OrganisationEntity o WHERE o.unitNodeId = :u", OrganisationEntity.class)
                .setParameter("u", unitNodeId).getResultList().stream().findFirst();
    }

    private Organisation toDto(OrgUnit unit, OrganisationEntity e) {
        int inspectors = inspectors(unit.id());
        int above = norms.effective(SENIOR_ABOVE, unit.id()).intValue();
        if (e == null) {
            return new Organisation(unit.id(), unit.code(), true, null, null, inspectors, above, false, null, false,
                    false, null, null, null, null);
        }
        return new Organisation(unit.id(), unit.code(), e.headPost, e.headOfficerId, e.seniorOfficerId, inspectors,
                above, !e.headPost && inspectors > above, e.premisesAddress, e.premisesPhone, e.premisesRadio,
                e.premisesLocation, e.updatedBy, e.updatedAt, e.version);
    }

    private String name(long officerId) {
        try {
            return OfficerNames.full(officers.get(Caller.system(JuvenileAccess.UNIT), officerId));
        } catch (RuntimeException e) {
            return String.valueOf(officerId);
        }
    }

    LocalDate today() {
        return LocalDate.now(calendar.zone());
    }
}
