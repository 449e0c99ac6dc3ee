package kz.police.lps.core.internal.shell;

import java.security.AccessController;

import javax.security.auth.Subject;

import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;

/** The caller of a shell command: the JAAS subject the Karaf shell session runs as. */
final class ShellCallers {

    private ShellCallers() {
    }

    @SuppressWarnings("removal")
    static Caller current(CallerFactory callers) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        return callers.caller(subject, "shell");
    }
}
