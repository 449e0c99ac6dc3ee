package kz.police.lps.core.internal.task;

import java.util.HashSet;
import java.util.Set;

import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Permission;
import kz.police.lps.core.api.security.Roles;

/**
 * Who may do what with a task. The task's people (assignee, the officer covered for, the head it escalated to) see
 * it; so does anyone holding a role of the owning unit whose scope covers the owning department. The core's own
 * tasks ({@code core}) are seen by anyone who may read persons in scope. Heads of the unit assign and cancel.
 */
final class TaskAccess {

    static final String CORE_UNIT = "core";

    private TaskAccess() {
    }

    /** The units whose tasks the caller sees in scope: the units of their roles, and the core's. */
    static Set<String> units(Caller caller) {
        Set<String> units = new HashSet<>(caller.units());
        if (caller.can(Permission.PERSON_READ)) {
            units.add(CORE_UNIT);
        }
        return units;
    }

    /** Whether the caller works in the unit (the core's tasks: whoever may write persons). */
    static boolean worksIn(Caller caller, String unitId) {
        return CORE_UNIT.equals(unitId) ? caller.can(Permission.PERSON_WRITE) : caller.isWorkerOf(unitId);
    }

    static boolean isPerson(TaskEntity t, Long officerId) {
        return officerId != null && (officerId.equals(t.getAssigneeId())
                || officerId.equals(t.getOriginalAssigneeId()) || officerId.equals(t.getEscalatedToId()));
    }

    static boolean sees(Caller caller, TaskEntity t, Long officerId) {
        return caller.isAdmin() || isPerson(t, officerId)
                || units(caller).contains(t.getUnitId()) && caller.scope().covers(t.getDepartmentPath());
    }

    /** Heads of the owning unit (any head for the core's tasks) in scope, and lps-admin. */
    static boolean manages(Caller caller, TaskEntity t) {
        if (caller.isAdmin()) {
            return true;
        }
        boolean head = CORE_UNIT.equals(t.getUnitId()) ? caller.isHead() : caller.hasRole(Roles.head(t.getUnitId()));
        return head && caller.scope().covers(t.getDepartmentPath());
    }

    /** Completing: the assignee (or the escalation head), and whoever manages the task. */
    static boolean completes(Caller caller, TaskEntity t, Long officerId) {
        return manages(caller, t) || officerId != null
                && (officerId.equals(t.getAssigneeId()) || officerId.equals(t.getEscalatedToId()));
    }

    /** Creating for a unit: a worker of that unit (or lps-admin) in scope; for someone else, a head. */
    static boolean creates(Caller caller, String unitId, String departmentPath, boolean forSelf) {
        if (caller.isAdmin()) {
            return true;
        }
        boolean head = CORE_UNIT.equals(unitId) ? caller.isHead() : caller.hasRole(Roles.head(unitId));
        return (forSelf ? worksIn(caller, unitId) : head) && caller.scope().covers(departmentPath);
    }

    /** Completing the tasks of a subject as its workflow moves on: a worker of the unit in scope, or the task's people. */
    static boolean completesWithSubject(Caller caller, TaskEntity t, Long officerId) {
        return completes(caller, t, officerId)
                || worksIn(caller, t.getUnitId()) && caller.scope().covers(t.getDepartmentPath());
    }
}
