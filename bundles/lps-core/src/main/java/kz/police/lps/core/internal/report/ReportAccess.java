package kz.police.lps.core.internal.report;

import java.util.Set;

import kz.police.lps.core.api.report.ReportDefinition;
import kz.police.lps.core.api.security.Caller;

/** Who may run a report and who may see a run. */
final class ReportAccess {

    private ReportAccess() {
    }

    /**
     * Whether the caller may run a report open to these roles: {@code lps-admin} always; otherwise a role matching
     * an entry, where an entry may begin or end with {@code *} ({@code *-head}, {@code district-*}).
     */
    static boolean mayRun(Caller caller, Set<String> roles) {
        if (caller.isAdmin()) {
            return true;
        }
        for (String pattern : roles) {
            for (String role : caller.roles()) {
                if (matches(pattern, role)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean matches(String pattern, String role) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.startsWith("*")) {
            return role.endsWith(pattern.substring(1));
        }
        if (pattern.endsWith("*")) {
            return role.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(role);
    }

    /**
     * Whether the caller may see a run (status, result, cancel): its requester, {@code lps-admin}, or a head whose
     * scope covers the run's scope path (the department's, or the requester's whole scope) and who may run the report
     * itself ({@code definition}: the report as installed now; null once its unit is gone, when only the requester and
     * the admin see its runs). The result was computed with the requester's roles, so a head without the report's
     * roles would read restricted data through it.
     */
    static boolean maySee(Caller caller, String requestedBy, String scopePath, ReportDefinition definition) {
        return caller.isAdmin() || caller.username().equals(requestedBy)
                || caller.isHead() && scopePath != null && caller.scope().covers(scopePath) && definition != null
                        && mayRun(caller, definition.roles());
    }
}
