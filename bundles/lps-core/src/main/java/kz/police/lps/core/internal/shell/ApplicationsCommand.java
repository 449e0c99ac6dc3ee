package kz.police.lps.core.internal.shell;

import java.time.Instant;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.application.Application;
import kz.police.lps.core.api.application.ApplicationQuery;
import kz.police.lps.core.api.application.ApplicationService;
import kz.police.lps.core.api.application.ApplicationStatus;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.CallerFactory;

@Service
@Command(scope = "lps", name = "applications", description = "Lists applications and reports you may see, newest "
        + "first; '!' marks an open one past its deadline (the search is audited)")
public class ApplicationsCommand implements Action {

    @Reference
    private ApplicationService applications;

    @Reference
    private CallerFactory callers;

    @Option(name = "--status", description = "REGISTERED, ASSIGNED, DECIDED, CLOSED")
    private String status;

    @Option(name = "--kind", description = "only this kind (e.g. district.offence-report)")
    private String kind;

    @Option(name = "--unit", description = "only kinds of this unit")
    private String unit;

    @Option(name = "--overdue", description = "only open ones past their deadline")
    private boolean overdue;

    @Option(name = "--lang", description = "kk, ru or en")
    private String lang = "kk";

    @Option(name = "--limit", description = "at most this many rows")
    private int limit = 30;

    @Override
    public Object execute() {
        ApplicationStatus s = status == null ? null : ApplicationStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        ApplicationQuery q = new ApplicationQuery(s, kind, unit, null, overdue ? Boolean.TRUE : null, null, null,
                null, null);
        PageRequest first = PageRequest.firstRows(limit);
        Page<Application> page = applications.search(callers.shellCaller(), q,
                PageRequest.of(first.limit(), 0, "-receivedAt", ApplicationService.SORTABLE));
        Locale locale = Locale.forLanguageTag(lang);
        Instant now = Instant.now();
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Number");
        table.column("Kind");
        table.column("Received");
        table.column("Due");
        table.column("");
        table.column("Status");
        table.column("Assignee");
        table.column("Decision").maxSize(40);
        for (Application a : page.items()) {
            table.addRow().addContent(a.id(), a.number(), a.kindCode(), a.receivedAt(), a.dueAt(),
                    a.overdueAt(now) ? "!" : "", a.status().label().in(locale),
                    a.assigneeId() == null ? "-" : a.assigneeId(),
                    a.decisionKind() == null ? "" : a.decisionKind().label().in(locale));
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " shown");
        return null;
    }
}
