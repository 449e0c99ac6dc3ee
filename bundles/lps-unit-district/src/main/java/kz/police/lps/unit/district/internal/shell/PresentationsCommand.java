package kz.police.lps.unit.district.internal.shell;

import java.time.Instant;
import java.time.ZoneId;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.unit.district.internal.presentation.Presentation;
import kz.police.lps.unit.district.internal.presentation.Presentations;

@Service
@Command(scope = "district", name = "presentations", description = "Presentations and instructions (L107-113, "
        + "L505-508) whose execution is still tracked, latest first; --overdue for those past the deadline")
public class PresentationsCommand implements Action {

    @Reference
    private Presentations presentations;

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private CallerFactory callers;

    @Reference
    private OrgService org;

    @Reference
    private OfficerService officers;

    @Option(name = "--overdue", description = "only those past the response deadline")
    private boolean overdue;

    @Option(name = "--all", description = "also those already executed or not executed")
    private boolean all;

    @Option(name = "--limit", description = "at most this many rows (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        ZoneId zone = calendar.zone();
        Caller caller = callers.shellCaller();
        ShellLabels labels = new ShellLabels(caller, org, officers);
        Page<Presentation> page = presentations.list(caller, new Presentations.Query(null,
                null, null, null, all ? null : Boolean.TRUE, overdue ? Boolean.TRUE : null),
                PageRequest.firstRows(limit));
        Instant now = Instant.now();
        ShellTable table = new ShellTable();
        table.column("Number");
        table.column("Kind");
        table.column("Issued");
        table.column("Officer");
        table.column("Addressee").maxSize(40);
        table.column("Due");
        table.column("Status");
        for (Presentation p : page.items()) {
            boolean late = p.status().open() && p.dueAt().isBefore(now);
            table.addRow().addContent(p.number(), p.kind(), p.issuedOn(), labels.officer(p.officerId()),
                    p.personId() != null ? "person " + p.personId() : p.entityName() + " (" + p.entityBin() + ")",
                    p.dueAt().atZone(zone).toLocalDate() + (late ? " !" : ""), p.status());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total());
        return null;
    }
}
