package kz.police.lps.core.api.audit;

import kz.police.lps.core.api.error.AccessDeniedException;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Permission;

/**
 * The audit trail. {@link #record} joins the caller's JTA transaction when there is one, so a write and its audit
 * row commit or roll back together; outside a transaction it writes on its own.
 */
public interface AuditService {

    void record(Caller caller, AuditAction action, AuditOutcome outcome, String subjectType, Object subjectId,
            Long departmentId, String details);

    default void record(Caller caller, AuditAction action, String subjectType, Object subjectId, Long departmentId) {
        record(caller, action, AuditOutcome.SUCCESS, subjectType, subjectId, departmentId, null);
    }

    /**
     * Audits a refused access (outcome {@link AuditOutcome#DENIED}) and returns the exception to throw, so every 403
     * leaves a trace: {@code throw audit.denied(caller, AuditAction.READ, "person", id, dept, "outside data scope")}.
     * The row is written in a transaction of its own, off the caller's thread, so it survives the rollback of the
     * refused write (it may commit a few milliseconds after the 403 is answered).
     */
    AccessDeniedException denied(Caller caller, AuditAction action, String subjectType, Object subjectId,
            Long departmentId, String reason);

    /** Checks a core permission; a refusal is audited and thrown as {@link AccessDeniedException} (HTTP 403). */
    default void require(Caller caller, Permission permission, AuditAction action, String subjectType,
            Object subjectId) {
        if (!caller.can(permission)) {
            throw denied(caller, action, subjectType, subjectId, null, "role lacks " + permission);
        }
    }

    /** The trail in the caller's scope; {@code lps-admin}, heads and {@code lps-auditor} only. */
    Page<AuditRecord> search(Caller caller, AuditQuery query, PageRequest page);
}
