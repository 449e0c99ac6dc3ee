package kz.police.lps.core.api.audit;

/** Whether the audited action was carried out or refused (a refused read of a restricted record is audited too). */
public enum AuditOutcome {
    SUCCESS, DENIED
}
