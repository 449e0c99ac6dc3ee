package kz.police.lps.unit.district.internal.shell;

import java.security.AccessController;

import javax.security.auth.Subject;

import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;

/** What the unit's shell commands share: the caller of the session and the row limit. */
final class DistrictShell {

    private DistrictShell() {
    }

    /** The caller: the JAAS subject the Karaf shell session runs as (its roles and data scope). */
    @SuppressWarnings("removal")
    static Caller current(CallerFactory callers) {
        return callers.caller(Subject.getSubject(AccessController.getContext()), "shell");
    }

    /** The first page of at most {@code limit} rows, the limit kept within 1..{@value PageRequest#MAX_LIMIT}. */
    static PageRequest firstRows(int limit) {
        return PageRequest.first(Math.max(1, Math.min(limit, PageRequest.MAX_LIMIT)));
    }
}
