package kz.police.lps.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

/** Completes the core's audit subject types. */
@Service
public class SubjectTypeCompleter implements Completer {

    private static final List<String> TYPES = List.of("person", "person.card", "person.relation", "person.relations",
            "person-search", "org-unit", "officer", "officer.absence");

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        return new StringsCompleter(TYPES).complete(session, commandLine, candidates);
    }
}
