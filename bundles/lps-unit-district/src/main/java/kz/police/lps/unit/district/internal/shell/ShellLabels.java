package kz.police.lps.unit.district.internal.shell;

import java.util.HashMap;
import java.util.Map;

import kz.police.lps.core.api.org.OfficerNames;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.security.Caller;

/**
 * Readable labels for ids in one command's output: an organisation node's code, an officer's surname and initial
 * with the personnel number. Each id is looked up once per command, with the caller's rights; an id that cannot be
 * read is shown as it is.
 */
final class ShellLabels {

    private final Caller caller;
    private final OrgService org;
    private final OfficerService officers;
    private final Map<Long, String> nodes = new HashMap<>();
    private final Map<Long, String> people = new HashMap<>();

    ShellLabels(Caller caller, OrgService org, OfficerService officers) {
        this.caller = caller;
        this.org = org;
        this.officers = officers;
    }

    String node(Long id) {
        return id == null ? "" : nodes.computeIfAbsent(id, k -> {
            try {
                return org.get(caller, k).code();
            } catch (RuntimeException e) {
                return String.valueOf(k);
            }
        });
    }

    String officer(Long id) {
        return id == null ? "" : people.computeIfAbsent(id, k -> {
            try {
                return OfficerNames.brief(officers.get(caller, k));
            } catch (RuntimeException e) {
                return String.valueOf(k);
            }
        });
    }
}
