package kz.police.lps.unit.juvenile.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.unit.juvenile.internal.organisation.Assignment;
import kz.police.lps.unit.juvenile.internal.organisation.Assignments;

/** The head's question "who holds which precinct or school, by which order?" (WF-J1, WF-J2), in the caller's scope. */
@Service
@Command(scope = "juvenile", name = "assignments", description = "Juvenile inspectors' assignments in force (or all "
        + "with --all), in your scope")
public class AssignmentsCommand implements Action {

    @Reference
    private Assignments assignments;

    @Reference
    private CallerFactory callers;

    @Option(name = "--all", description = "ended assignments too")
    private boolean all;

    @Option(name = "--limit", description = "at most this many rows (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        Caller caller = callers.shellCaller();
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Officer");
        table.column("Type");
        table.column("Precinct");
        table.column("School");
        table.column("Order");
        table.column("From");
        table.column("Ended");
        for (Assignment a : assignments.list(caller, null, null, null, null, all ? null : Boolean.TRUE,
                PageRequest.firstRows(limit)).items()) {
            table.addRow().addContent(a.id(), a.officerName(), a.type(), a.precinctId(), a.schoolId(),
                    "№ " + a.orderNo() + " " + a.orderDate(), a.startedOn(), a.endedOn());
        }
        table.print(System.out);
        return null;
    }
}
