package kz.police.lps.core.api.audit;

import java.time.Instant;

/**
 * One entry of the audit trail: who, when, from where, what, on which subject, why.
 *
 * @param subjectType an entity type such as {@code person}, {@code district.registration}
 * @param departmentId the department that owns the subject (for scoping who may read the trail), or null
 */
public record AuditRecord(Long id, Instant at, String username, String remoteAddress, AuditAction action,
        AuditOutcome outcome, String subjectType, String subjectId, Long departmentId, String purpose,
        String details) {
}
