package kz.police.lps.core.api.audit;

public enum AuditAction {
    READ, CREATE, UPDATE, DELETE
}
