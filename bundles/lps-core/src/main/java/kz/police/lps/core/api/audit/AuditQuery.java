package kz.police.lps.core.api.audit;

import java.time.Instant;

/** Filters over the audit trail; null means "any". {@code from} inclusive, {@code to} exclusive. */
public record AuditQuery(String username, String subjectType, String subjectId, AuditAction action, Instant from,
        Instant to) {
}
