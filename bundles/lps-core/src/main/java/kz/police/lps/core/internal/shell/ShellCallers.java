package kz.police.lps.core.internal.shell;

import java.security.AccessController;

import javax.security.auth.Subject;

import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;

/** The caller of a shell command: the JAAS subject the Karaf shell session runs as. */
final class ShellCallers {

    private ShellCallers() {
    }

    /** The first page of at most {@code limit} rows, the limit kept within 1..{@value PageRequest#MAX_LIMIT}. */
    static PageRequest firstRows(int limit) {
        return PageRequest.first(Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT)));
    }

    @SuppressWarnings("removal")
    static Caller current(CallerFactory callers) {
        Subject subject = Subject.getSubject(AccessController.getContext());
        return callers.caller(subject, "shell");
    }
}
