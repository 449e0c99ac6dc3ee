package kz.police.lps.core.api.security;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import kz.police.lps.core.api.error.AccessDeniedException;

/**
 * Who is acting: the authenticated user, their roles, their data scope, the address they call from and, where they
 * gave one, the purpose of the access. Every service method takes the caller, so REST, shell commands and whiteboard
 * contributors obey the same rules.
 *
 * @param username   the JAAS user name
 * @param roles      the JAAS role principals' names
 * @param scope      the departments whose records the caller may see
 * @param departmentId the caller's own organisation node (the default owner of what they create), or {@code null}
 * @param remoteAddress the client address, or a channel name such as {@code shell}
 * @param purpose    the stated purpose of the access, or {@code null}
 */
public record Caller(String username, Set<String> roles, DataScope scope, Long departmentId, String remoteAddress,
        String purpose) {

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(scope, "scope");
    }

    /** The platform itself (migrations, demo loading, schedulers): all roles, all data. */
    public static Caller system(String channel) {
        return new Caller("system", Set.of(Roles.ADMIN), DataScope.all(), null, channel, null);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return roles.contains(Roles.ADMIN);
    }

    /**
     * Whether the caller holds a role of the unit: {@code <unit-id>-inspector|-head|-viewer|-assistant}. Roles are
     * parsed by their suffix, so unit {@code juvenile} is not satisfied by a role of a unit {@code juvenile-x}.
     */
    public boolean hasAnyUnitRole(String unitId) {
        return units().contains(unitId);
    }

    /** The units the caller holds a role of. */
    public Set<String> units() {
        return roles.stream().map(Roles::unitOf).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the caller works in the unit (its inspector, school inspector, assistant or head; viewers only read). */
    public boolean isWorkerOf(String unitId) {
        return hasRole(Roles.inspector(unitId)) || hasRole(Roles.assistant(unitId)) || hasRole(Roles.head(unitId))
                || hasRole(Roles.schoolInspector(unitId));
    }

    public boolean isHead() {
        return roles.stream().anyMatch(r -> r.endsWith(Roles.HEAD_SUFFIX));
    }

    /**
     * Role to permission: {@code lps-admin} may do all; unit inspectors and heads read and register persons; unit
     * viewers and {@code lps-reader} read; heads and {@code lps-auditor} read the audit trail of their scope.
     */
    public boolean can(Permission permission) {
        if (isAdmin()) {
            return true;
        }
        boolean unitWorker = roles.stream()
                .anyMatch(r -> r.endsWith(Roles.INSPECTOR_SUFFIX) || r.endsWith(Roles.HEAD_SUFFIX)
                        || r.endsWith(Roles.ASSISTANT_SUFFIX));
        boolean unitViewer = roles.stream().anyMatch(r -> r.endsWith(Roles.VIEWER_SUFFIX));
        return switch (permission) {
            case PERSON_READ, ORG_READ -> unitWorker || unitViewer || hasRole(Roles.READER)
                    || hasRole(Roles.REGISTRAR) || hasRole(Roles.ORG_ADMIN);
            case PERSON_WRITE -> unitWorker || hasRole(Roles.REGISTRAR);
            case ORG_WRITE -> hasRole(Roles.ORG_ADMIN);
            case AUDIT_READ -> isHead() || hasRole(Roles.AUDITOR);
        };
    }

    /** Throws {@link AccessDeniedException} unless {@link #can(Permission)}. */
    public void require(Permission permission) {
        if (!can(permission)) {
            throw new AccessDeniedException(permission.name());
        }
    }

    public Caller withPurpose(String newPurpose) {
        return new Caller(username, roles, scope, departmentId, remoteAddress, newPurpose);
    }
}
