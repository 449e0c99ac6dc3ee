package kz.police.lps.core.api.security;

/**
 * Role names. The core's own roles are constants here; each unit defines {@code <unit-id>-inspector},
 * {@code <unit-id>-head} and the read-only {@code <unit-id>-viewer} (and may add more) through its
 * {@link kz.police.lps.core.api.unit.UnitModule}.
 */
public final class Roles {

    /** Everything, in every department. */
    public static final String ADMIN = "lps-admin";
    /** Reads core records (persons, organisation, officers) in the caller's scope. */
    public static final String READER = "lps-reader";
    /** Creates and updates persons and their addresses and relations in the caller's scope. */
    public static final String REGISTRAR = "lps-registrar";
    /** Maintains the organisation structure and officers. */
    public static final String ORG_ADMIN = "lps-org-admin";
    /** Reads the audit trail in the caller's scope. */
    public static final String AUDITOR = "lps-auditor";

    public static final String INSPECTOR_SUFFIX = "-inspector";
    public static final String HEAD_SUFFIX = "-head";
    public static final String VIEWER_SUFFIX = "-viewer";
    public static final String ASSISTANT_SUFFIX = "-assistant";
    /** A unit's inspector attached to schools (the juvenile unit's school inspector, textbook ch. 2). */
    public static final String SCHOOL_INSPECTOR_SUFFIX = "-school-inspector";

    /** The suffixes of unit roles: {@code <unit-id><suffix>}, the longer first where one ends another. */
    public static final java.util.List<String> UNIT_SUFFIXES = java.util.List.of(SCHOOL_INSPECTOR_SUFFIX,
            INSPECTOR_SUFFIX, HEAD_SUFFIX, VIEWER_SUFFIX, ASSISTANT_SUFFIX);

    private Roles() {
    }

    public static String inspector(String unitId) {
        return unitId + INSPECTOR_SUFFIX;
    }

    public static String head(String unitId) {
        return unitId + HEAD_SUFFIX;
    }

    public static String viewer(String unitId) {
        return unitId + VIEWER_SUFFIX;
    }

    public static String assistant(String unitId) {
        return unitId + ASSISTANT_SUFFIX;
    }

    public static String schoolInspector(String unitId) {
        return unitId + SCHOOL_INSPECTOR_SUFFIX;
    }

    /**
     * The unit a unit role belongs to ({@code juvenile-head} and {@code juvenile-school-inspector} →
     * {@code juvenile}), or null for other roles.
     */
    public static String unitOf(String role) {
        if (role.startsWith("lps-")) {
            return null;
        }
        for (String suffix : UNIT_SUFFIXES) {
            if (role.endsWith(suffix) && role.length() > suffix.length()) {
                return role.substring(0, role.length() - suffix.length());
            }
        }
        return null;
    }
}
