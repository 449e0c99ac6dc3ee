package kz.police.lps.core.api.security;

import java.security.AccessController;
import java.util.Set;

import javax.security.auth.Subject;

/**
 * Builds a {@link Caller} for an authenticated user: looks up the officer the login belongs to and derives the data
 * scope from the officer's place in the organisation.
 */
public interface CallerFactory {

    Caller caller(String username, Set<String> roles, String remoteAddress, String purpose);

    /** The caller of a JAAS subject (a Karaf shell session, say); {@code channel} stands for the address. */
    Caller caller(Subject subject, String channel);

    /** The caller of the running Karaf shell command: the JAAS subject its session runs as (roles, data scope). */
    @SuppressWarnings("removal")
    default Caller shellCaller() {
        return caller(Subject.getSubject(AccessController.getContext()), "shell");
    }
}
