package kz.police.lps.core.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import kz.police.lps.core.api.report.ReportInfo;
import kz.police.lps.core.api.report.ReportService;
import kz.police.lps.core.api.security.CallerFactory;

/** Completes the ids of the reports the shell user may run. */
@Service
public class ReportIdCompleter implements Completer {

    @Reference
    private ReportService reports;

    @Reference
    private CallerFactory callers;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        List<String> ids;
        try {
            ids = reports.definitions(callers.shellCaller()).stream().map(ReportInfo::id).toList();
        } catch (RuntimeException noCaller) {
            ids = List.of();
        }
        return new StringsCompleter(ids).complete(session, commandLine, candidates);
    }
}
