package kz.police.lps.unit.juvenile.internal.school;

import java.time.Instant;
import java.util.List;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.error.VersionMismatchException;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;

/**
 * The educational organisations of the unit's territory (domain §4.5): registered and changed by the head of the
 * unit, read by the unit's roles. Other areas (school inspectors' assignments, control files, the school prevention
 * cycle) refer to a school by id and look it up here ({@link #find}).
 */
@Component(service = Schools.class)
public class Schools {

    public static final String SUBJECT = "juvenile.school";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final OrgService org;

    @Activate
    public Schools(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference OrgService org) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.org = org;
    }

    public School create(Caller caller, SchoolInput input) {
        access.requireHead(caller, AuditAction.CREATE, SUBJECT, null);
        Valid v = validate(caller, input, AuditAction.CREATE, null);
        return jpa.txExpr(TransactionType.Required, em -> {
            SchoolEntity e = new SchoolEntity();
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            v.applyTo(e);
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), e.getDepartmentId());
            return toDto(e);
        });
    }

    public School update(Caller caller, long id, Long expectedVersion, SchoolInput input) {
        access.requireHead(caller, AuditAction.UPDATE, SUBJECT, id);
        Valid v = validate(caller, input, AuditAction.UPDATE, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            SchoolEntity e = find(em, caller, id, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            v.applyTo(e);
            em.flush();
            audit.record(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    public School get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            SchoolEntity e = find(em, caller, id, AuditAction.READ);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** The schools in the caller's scope, by name. */
    public Page<School> list(Caller caller, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<School> items = em.createQuery("SELECT s FROM SchoolEntity s WHERE s.departmentPath LIKE :scope"
                    + " ORDER BY s.name, s.id", SchoolEntity.class).setParameter("scope", scope + "%")
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(Schools::toDto).toList();
            long total = em.createQuery("SELECT COUNT(s) FROM SchoolEntity s WHERE s.departmentPath LIKE :scope",
                    Long.class).setParameter("scope", scope + "%").getSingleResult();
            audit.record(caller, AuditAction.READ, SUBJECT + "s", "list", null);
            return new Page<>(items, total, page.limit(), page.offset());
        });
    }

    /**
     * A school for another area's record, inside that area's transaction: 422 naming {@code field} when there is no
     * such school, 403 (audited) when it lies outside the caller's scope. Not audited as a read of its own.
     */
    public School find(EntityManager em, Caller caller, String field, long id, AuditAction action) {
        SchoolEntity e = em.find(SchoolEntity.class, id);
        if (e == null) {
            throw ValidationException.of(field, "juvenile.school.unknown", id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, SUBJECT, id);
        return toDto(e);
    }

    /** The department path of a school, for records filed under it. */
    public String pathOf(EntityManager em, long id) {
        SchoolEntity e = em.find(SchoolEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        return e.getDepartmentPath();
    }

    private SchoolEntity find(EntityManager em, Caller caller, long id, AuditAction action) {
        SchoolEntity e = em.find(SchoolEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, SUBJECT, id);
        return e;
    }

    private record Valid(long departmentId, String path, String name, String address, ShiftMode shiftMode,
            int studentCount, Long adjacentPrecinctId, String headName, String headPhone, boolean video) {

        void applyTo(SchoolEntity e) {
            e.setDepartmentId(departmentId);
            e.setDepartmentPath(path);
            e.setName(name);
            e.setAddress(address);
            e.setShiftMode(shiftMode);
            e.setStudentCount(studentCount);
            e.setAdjacentPrecinctId(adjacentPrecinctId);
            e.setHeadName(headName);
            e.setHeadPhone(headPhone);
            e.setVideoSurveillance(video);
        }
    }

    private Valid validate(Caller caller, SchoolInput in, AuditAction action, Long id) {
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        String name = Checks.text(errors, "name", in.name(), 300, true);
        String address = Checks.text(errors, "address", in.address(), 500, false);
        String headName = Checks.text(errors, "headName", in.headName(), 200, false);
        String headPhone = Checks.text(errors, "headPhone", in.headPhone(), 50, false);
        if (in.shiftMode() == null) {
            errors.add("shiftMode", "required");
        }
        if (in.studentCount() == null) {
            errors.add("studentCount", "required");
        } else if (in.studentCount() < 0) {
            errors.add("studentCount", "range", 0, Integer.MAX_VALUE);
        }
        if (in.departmentId() == null) {
            errors.add("departmentId", "required");
        }
        errors.throwIfAny();
        String path = access.departmentPath(caller, "departmentId", in.departmentId(), action, SUBJECT, id);
        if (in.adjacentPrecinctId() != null) {
            OrgUnit precinct = precinct(in.adjacentPrecinctId());
            access.requireInScope(caller, precinct.path(), precinct.id(), action, SUBJECT, id);
        }
        return new Valid(in.departmentId(), path, name, address, in.shiftMode(), in.studentCount(),
                in.adjacentPrecinctId(), headName, headPhone, Boolean.TRUE.equals(in.videoSurveillance()));
    }

    /** An administrative precinct of the core's organisation tree: 422 naming the field when there is none. */
    private OrgUnit precinct(long id) {
        OrgUnit p;
        try {
            p = org.get(Caller.system(JuvenileAccess.UNIT), id);
        } catch (RuntimeException e) {
            throw ValidationException.of("adjacentPrecinctId", "juvenile.precinct.unknown", id);
        }
        if (p.kind() != OrgUnitKind.PRECINCT) {
            throw ValidationException.of("adjacentPrecinctId", "juvenile.precinct.unknown", id);
        }
        return p;
    }

    static School toDto(SchoolEntity e) {
        return new School(e.getId(), e.getDepartmentId(), e.getName(), e.getAddress(), e.getShiftMode(),
                e.getStudentCount(), e.getAdjacentPrecinctId(), e.getHeadName(), e.getHeadPhone(),
                e.isVideoSurveillance(), e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }
}
