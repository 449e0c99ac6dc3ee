package kz.police.lps.core.internal.application;

import kz.police.lps.core.api.application.DecisionKind;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Permission;
import kz.police.lps.core.api.security.Roles;

/**
 * Who may do what with an application of a unit's kind (the roles only; the data scope is checked apart). The unit's
 * workers are its inspectors, heads and assistants ({@code <unit>-inspector}, {@code -head}, {@code -assistant}).
 */
final class ApplicationAccess {


    private ApplicationAccess() {
    }

    static boolean worker(Caller c, String unit) {
        return c.isWorkerOf(unit);
    }

    static boolean head(Caller c, String unit) {
        return c.isAdmin() || c.hasRole(Roles.head(unit));
    }

    /** Registering: the unit's workers, registrars, administrators. */
    static boolean mayReceive(Caller c, String unit) {
        return c.isAdmin() || c.hasRole(Roles.REGISTRAR) || worker(c, unit);
    }

    /**
     * Assigning: the unit's head or an administrator gives it to anyone; a worker takes an unassigned one
     * themselves.
     */
    static boolean mayAssign(Caller c, String unit, Long currentAssignee, long target, Long callerOfficerId) {
        if (head(c, unit)) {
            return true;
        }
        return worker(c, unit) && currentAssignee == null && callerOfficerId != null && callerOfficerId == target;
    }

    /**
     * Deciding: the assignee (or, while nobody is assigned, any worker of the unit), the unit's head, an
     * administrator; an assistant alone takes no criminal-procedure decision (textbook L364-367).
     */
    static boolean mayDecide(Caller c, String unit, Long assignee, Long callerOfficerId, DecisionKind decision) {
        if (head(c, unit)) {
            return true;
        }
        if (!worker(c, unit)) {
            return false;
        }
        boolean assistantOnly = !c.hasRole(Roles.inspector(unit));
        if (assistantOnly && decision != null && decision.criminalProcedure()) {
            return false;
        }
        return assignee == null || assignee.equals(callerOfficerId);
    }

    /** Why {@link #mayDecide} refuses, for the audit trail. */
    static String decideRefusal(Caller c, String unit, DecisionKind decision) {
        boolean assistantOnly = worker(c, unit) && !c.hasRole(Roles.inspector(unit)) && !head(c, unit);
        return assistantOnly && decision != null && decision.criminalProcedure()
                ? "an assistant takes no criminal-procedure decision (L364-367)"
                : "the assignee, the unit's head or lps-admin decides";
    }

    /** Recording the notice to the applicant: as registering. */
    static boolean mayNotify(Caller c, String unit) {
        return mayReceive(c, unit);
    }

    /**
     * Reading (given the scope): the person-read permission; a restricted kind needs a role of the unit; while the
     * unit is not installed only an administrator.
     */
    static boolean mayRead(Caller c, String unit, boolean restricted, boolean unitInstalled) {
        if (c.isAdmin()) {
            return true;
        }
        return c.can(Permission.PERSON_READ) && unitInstalled && (!restricted || c.hasAnyUnitRole(unit));
    }

    /** Why {@link #mayRead} refuses, for the audit trail. */
    static String readRefusal(Caller c, String unit, boolean restricted, boolean unitInstalled) {
        if (!c.can(Permission.PERSON_READ)) {
            return "role lacks " + Permission.PERSON_READ;
        }
        if (!unitInstalled) {
            return "unit " + unit + " not installed";
        }
        return restricted && !c.hasAnyUnitRole(unit) ? "restricted kind: need-to-know of unit " + unit : "refused";
    }
}
