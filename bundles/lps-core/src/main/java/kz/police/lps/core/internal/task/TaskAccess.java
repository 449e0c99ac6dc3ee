package kz.police.lps.core.internal.task;

import java.util.Set;
import java.util.stream.Collectors;

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
        Set<String> units = caller.roles().stream().map(TaskAccess::unitOfRole).filter(u -> u != null)
                .collect(Collectors.toSet());
        if (caller.can(Permission.PERSON_READ)) {
            units.add(CORE_UNIT);
        }
        return units;
    }

    private static String unitOfRole(String role) {
        for (String suffix : new String[] {Roles.INSPECTOR_SUFFIX, Roles.HEAD_SUFFIX, Roles.VIEWER_SUFFIX,
            "-assistant"}) {
            if (role.endsWith(suffix) && !role.startsWith("lps-")) {
                return role.substring(0, role.length() - suffix.length());
            }
        }
        return null;
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
        boolean unitRole = CORE_UNIT.equals(unitId) ? caller.can(Permission.PERSON_WRITE)
                : caller.hasRole(Roles.inspector(unitId)) || caller.hasRole(Roles.head(unitId))
                        || caller.hasRole(unitId + "-assistant");
        boolean head = CORE_UNIT.equals(unitId) ? caller.isHead() : caller.hasRole(Roles.head(unitId));
        return (forSelf ? unitRole : head) && caller.scope().covers(departmentPath);
    }
}
