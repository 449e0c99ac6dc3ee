package kz.police.lps.core.api.security;

/** What a caller may do with the core's records. {@link Caller#can(Permission)} maps roles to these. */
public enum Permission {
    PERSON_READ,
    PERSON_WRITE,
    ORG_READ,
    ORG_WRITE,
    AUDIT_READ
}
