package kz.police.lps.core.api.audit;

import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;

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

    /** The trail in the caller's scope; {@code lps-admin}, heads and {@code lps-auditor} only. */
    Page<AuditRecord> search(Caller caller, AuditQuery query, PageRequest page);
}
