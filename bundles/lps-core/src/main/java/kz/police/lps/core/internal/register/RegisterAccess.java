package kz.police.lps.core.internal.register;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import kz.police.lps.core.api.register.RegisterDefinition;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Permission;
import kz.police.lps.core.api.security.Roles;

/**
 * Who may see and write the registrations of a register (the data scope is checked apart). Reading needs the right
 * to read persons, and for a restricted register a role of its unit (need-to-know); writing needs an inspector, head
 * or assistant role of the register's unit. {@code lps-admin} may do all.
 */
final class RegisterAccess {

    private RegisterAccess() {
    }

    static boolean reads(Caller caller, RegisterDefinition register) {
        if (caller.isAdmin()) {
            return true;
        }
        return caller.can(Permission.PERSON_READ) && (!register.restricted() || caller.hasAnyUnitRole(register.unitId()));
    }

    static boolean writes(Caller caller, RegisterDefinition register) {
        return caller.isAdmin() || caller.isWorkerOf(register.unitId());
    }

    /** The ids of the registers the caller may read. */
    static Set<String> readable(Caller caller, Collection<RegisterDefinition> registers) {
        return registers.stream().filter(r -> reads(caller, r)).map(RegisterDefinition::id)
                .collect(Collectors.toSet());
    }
}
