package kz.police.lps.unit.district.internal;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Roles;

/**
 * Who may do what in the district unit, in one place. Every refusal is audited ({@link AuditService#denied}) and
 * answered 403. Roles: {@code district-inspector} and {@code district-assistant} keep their own records,
 * {@code district-head} directs and approves, {@code district-viewer} reads; {@code lps-admin} may do all.
 * Every record carries an owning department; a caller acts only on departments in their data scope.
 */
@Component(service = DistrictAccess.class)
public class DistrictAccess {

    public static final String UNIT = DistrictUnit.ID;

    private final AuditService audit;
    private final OrgService org;
    private final OfficerService officers;

    @Activate
    public DistrictAccess(@Reference AuditService audit, @Reference OrgService org, @Reference OfficerService officers) {
        this.audit = audit;
        this.org = org;
        this.officers = officers;
    }

    /** Reads: any role of the unit, or {@code lps-admin}. */
    public void requireReader(Caller caller, String subjectType, Object subjectId) {
        if (!caller.isAdmin() && !caller.hasAnyUnitRole(UNIT)) {
            throw audit.denied(caller, AuditAction.READ, subjectType, subjectId, null, "no role of unit " + UNIT);
        }
    }

    /** Writes of the unit's work: its inspectors, assistants and heads (viewers only read). */
    public void requireWorker(Caller caller, AuditAction action, String subjectType, Object subjectId) {
        if (!caller.isAdmin() && !caller.isWorkerOf(UNIT)) {
            throw audit.denied(caller, action, subjectType, subjectId, null, "not a worker of unit " + UNIT);
        }
    }

    /** What the head of the unit (or of the body, acting through the unit's head role) decides and approves. */
    public void requireHead(Caller caller, AuditAction action, String subjectType, Object subjectId) {
        if (!isHead(caller)) {
            throw audit.denied(caller, action, subjectType, subjectId, null, "not a head of unit " + UNIT);
        }
    }

    public boolean isHead(Caller caller) {
        return caller.isAdmin() || caller.hasRole(Roles.head(UNIT));
    }

    /**
     * The materialised path of a department the caller may act on: 422 naming {@code field} when it does not exist,
     * 403 (audited) when it lies outside the caller's data scope.
     */
    public String departmentPath(Caller caller, String field, long departmentId, AuditAction action,
            String subjectType, Object subjectId) {
        String path = org.pathOf(departmentId)
                .orElseThrow(() -> ValidationException.of(field, "org.department.unknown", departmentId));
        if (!caller.scope().covers(path)) {
            throw audit.denied(caller, action, subjectType, subjectId, departmentId, field + " outside data scope");
        }
        return path;
    }

    /** 403 (audited) unless a stored record's department lies in the caller's scope. */
    public void requireInScope(Caller caller, String departmentPath, Long departmentId, AuditAction action,
            String subjectType, Object subjectId) {
        if (!caller.scope().covers(departmentPath)) {
            throw audit.denied(caller, action, subjectType, subjectId, departmentId, "outside data scope");
        }
    }

    /**
     * An active officer of the district unit, named in {@code field}: 422 when there is none with that id, or they
     * are not of the unit; 403 (audited) when they serve outside the caller's scope.
     */
    public Officer districtOfficer(Caller caller, String field, long officerId, AuditAction action,
            String subjectType, Object subjectId) {
        Officer o;
        try {
            o = officers.get(Caller.system("district"), officerId);
        } catch (RuntimeException e) {
            throw ValidationException.of(field, "district.officer.unknown", officerId);
        }
        if (!UNIT.equals(o.unitType()) || o.status() != OfficerStatus.ACTIVE) {
            throw ValidationException.of(field, "district.officer.unknown", officerId);
        }
        departmentPath(caller, field, o.departmentId(), action, subjectType, subjectId);
        return o;
    }

    /** The officer on duty the caller signs in as, if any. */
    public Optional<Long> officerIdOf(Caller caller) {
        return officers.officerIdOf(caller);
    }

    /**
     * The officer the caller acts for: the given one, else the caller's own officer record (422 naming
     * {@code field} when the caller has none). Inspectors and assistants act only for themselves; heads for any
     * district officer in their scope.
     */
    public Officer actingFor(Caller caller, String field, Long officerId, AuditAction action, String subjectType) {
        Optional<Long> own = officerIdOf(caller);
        long id = officerId != null ? officerId
                : own.orElseThrow(() -> ValidationException.of(field, "required"));
        if (!isHead(caller) && own.map(o -> o != id).orElse(true)) {
            throw audit.denied(caller, action, subjectType, null, null, "acts only for their own officer record");
        }
        return districtOfficer(caller, field, id, action, subjectType, null);
    }
}
