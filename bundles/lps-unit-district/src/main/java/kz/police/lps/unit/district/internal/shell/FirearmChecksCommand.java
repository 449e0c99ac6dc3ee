package kz.police.lps.unit.district.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.unit.district.internal.firearms.FirearmChecks;
import kz.police.lps.unit.district.internal.firearms.FirearmOwner;

@Service
@Command(scope = "district", name = "firearm-checks", description = "Firearm owners in your scope with the last "
        + "counted check and the next one due (at least yearly, L541-548), the next due first; '!' marks an overdue one")
public class FirearmChecksCommand implements Action {

    @Reference
    private FirearmChecks firearms;

    @Reference
    private CallerFactory callers;

    @Reference
    private OrgService org;

    @Reference
    private OfficerService officers;

    @Option(name = "--overdue", description = "only owners whose periodic check is overdue")
    private boolean overdue;

    @Option(name = "--precinct", description = "only this precinct (org node id)")
    private Long precinct;

    @Option(name = "--limit", description = "at most this many rows")
    private int limit = 50;

    @Override
    public Object execute() {
        Caller caller = callers.shellCaller();
        ShellLabels labels = new ShellLabels(caller, org, officers);
        Page<FirearmOwner> page = firearms.list(caller, precinct, overdue,
                PageRequest.firstRows(limit));
        ShellTable table = new ShellTable();
        table.column("Owner");
        table.column("Person");
        table.column("Permit");
        table.column("Precinct");
        table.column("Last check");
        table.column("Next due");
        table.column("");
        for (FirearmOwner o : page.items()) {
            table.addRow().addContent(o.id(), o.personId(), o.permitNumber(), labels.node(o.precinctId()),
                    o.lastCheckedOn() == null ? "-" : o.lastCheckedOn(),
                    o.closedOn() != null ? "closed " + o.closedOn() : o.nextCheckDue(), o.checkOverdue() ? "!" : "");
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " shown");
        return null;
    }
}
