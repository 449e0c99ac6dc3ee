package kz.police.lps.unit.juvenile.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.security.Caller;

/**
 * Who may do what in the juvenile unit, in one place. A minor's records are the most sensitive the platform holds:
 * only the unit's roles ({@code juvenile-inspector}, {@code juvenile-school-inspector}, {@code juvenile-head},
 * {@code juvenile-viewer}) and {@code lps-admin} read them. Every refusal is audited ({@link AuditService#denied})
 * and answered 403.
 */
@Component(service = JuvenileAccess.class)
public class JuvenileAccess {

    public static final String UNIT = JuvenileUnit.ID;

    private final AuditService audit;

    @Activate
    public JuvenileAccess(@Reference AuditService audit) {
        this.audit = audit;
    }

    /** Reads: any role of the unit, or {@code lps-admin}. */
    public void requireReader(Caller caller, String subjectType, Object subjectId) {
        if (!caller.isAdmin() && !caller.hasAnyUnitRole(UNIT)) {
            throw audit.denied(caller, AuditAction.READ, subjectType, subjectId, null, "no role of unit " + UNIT);
        }
    }

    /** Writes of the unit's work: its inspectors, school inspectors and heads (viewers only read). */
    public void requireWorker(Caller caller, AuditAction action, String subjectType, Object subjectId) {
        if (!caller.isAdmin() && !caller.isWorkerOf(UNIT)) {
            throw audit.denied(caller, action, subjectType, subjectId, null, "not a worker of unit " + UNIT);
        }
    }
}
