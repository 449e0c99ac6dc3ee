package kz.police.lps.core.api.unit;

import java.util.Optional;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Roles;

/**
 * Who may do what in one unit, in one place; a unit registers a subclass as a component of its own. Every refusal is
 * audited ({@link AuditService#denied}) and answered 403. Roles: the unit's workers (inspectors, assistants, school
 * inspectors) keep their own records, its head directs and approves, its viewer reads; {@code lps-admin} may do all.
 * Every record carries an owning department; a caller acts only on departments in their data scope. An unknown
 * officer is answered with the unit's message {@code <unit>.officer.unknown}.
 */
public abstract class UnitAccess {

    private final String unit;
    private final AuditService audit;
    private final OrgService org;
    private final OfficerService officers;

    protected UnitAccess(String unit, AuditService audit, OrgService org, OfficerService officers) {
        this.unit = unit;
        this.audit = audit;
        this.org = org;
        this.officers = officers;
    }

    public String unit() {
        return unit;
    }

    /** Whether the caller may read the unit's records: a role of the unit, or {@code lps-admin}. */
    public boolean isReader(Caller caller) {
        return caller.isAdmin() || caller.hasAnyUnitRole(unit);
    }

    /** Reads: any role of the unit, or {@code lps-admin}. */
    public void requireReader(Caller caller, String subjectType, Object subjectId) {
        if (!isReader(caller)) {
            throw audit.denied(caller, AuditAction.READ, subjectType, subjectId, null, "no role of unit " + unit);
        }
    }

    /** Writes of the unit's work: its workers and heads (viewers only read). */
    public void requireWorker(Caller caller, AuditAction action, String subjectType, Object subjectId) {
        if (!caller.isAdmin() && !caller.isWorkerOf(unit)) {
            throw audit.denied(caller, action, subjectType, subjectId, null, "not a worker of unit " + unit);
        }
    }

    /** What the head of the unit (or of the body, acting through the unit's head role) decides and approves. */
    public void requireHead(Caller caller, AuditAction action, String subjectType, Object subjectId) {
        if (!isHead(caller)) {
            throw audit.denied(caller, action, subjectType, subjectId, null, "not a head of unit " + unit);
        }
    }

    public boolean isHead(Caller caller) {
        return caller.isAdmin() || caller.hasRole(Roles.head(unit));
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
     * An active officer of the unit, named in {@code field}: 422 when there is none with that id, or they are not of
     * the unit; 403 (audited) when they serve outside the caller's scope.
     */
    public Officer unitOfficer(Caller caller, String field, long officerId, AuditAction action, String subjectType,
            Object subjectId) {
        Officer o;
        try {
            o = officers.get(Caller.system(unit), officerId);
        } catch (RuntimeException e) {
            throw ValidationException.of(field, unit + ".officer.unknown", officerId);
        }
        if (!unit.equals(o.unitType()) || o.status() != OfficerStatus.ACTIVE) {
            throw ValidationException.of(field, unit + ".officer.unknown", officerId);
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
     * {@code field} when the caller has none). Workers act only for themselves; heads for any officer of the unit
     * in their scope.
     */
    public Officer actingFor(Caller caller, String field, Long officerId, AuditAction action, String subjectType) {
        Optional<Long> own = officerIdOf(caller);
        long id = officerId != null ? officerId
                : own.orElseThrow(() -> ValidationException.of(field, "required"));
        if (!isHead(caller) && own.map(o -> o != id).orElse(true)) {
            throw audit.denied(caller, action, subjectType, null, null, "acts only for their own officer record");
        }
        return unitOfficer(caller, field, id, action, subjectType, null);
    }

    /** An officer id query parameter, or {@code me} (the officer tied to the caller's login); null when absent. */
    public Long officerParam(Caller caller, String name, String value) {
        String v = RestParams.text(value);
        if (v == null) {
            return null;
        }
        if ("me".equalsIgnoreCase(v)) {
            return officerIdOf(caller).orElseThrow(() -> ValidationException.of(name, "officer.me.none"));
        }
        return RestParams.id(name, v);
    }
}
