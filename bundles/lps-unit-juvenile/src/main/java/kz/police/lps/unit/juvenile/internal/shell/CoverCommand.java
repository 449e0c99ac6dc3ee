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
import kz.police.lps.unit.juvenile.internal.cover.CoverOrder;
import kz.police.lps.unit.juvenile.internal.cover.CoverOrders;
import kz.police.lps.unit.juvenile.internal.cover.JuvenileAbsence;

/** The head's question "who is away, who needs a cover order, who covers whom?" (WF-J3, L877-881). */
@Service
@Command(scope = "juvenile", name = "cover", description = "Juvenile inspectors away now or later, which absences "
        + "need a cover order (more than 30 working days) and the cover orders in force, in your scope")
public class CoverCommand implements Action {

    @Reference
    private CoverOrders covers;

    @Reference
    private CallerFactory callers;

    @Option(name = "--limit", description = "at most this many rows per table (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        Caller caller = callers.shellCaller();
        ShellTable away = new ShellTable();
        away.column("Absence");
        away.column("Officer");
        away.column("Kind");
        away.column("From");
        away.column("To");
        away.column("Working days");
        away.column("Order needed");
        away.column("Covered");
        for (JuvenileAbsence a : covers.absences(caller, null, false, PageRequest.firstRows(limit)).items()) {
            away.addRow().addContent(a.id(), a.officerName(), a.kind(), a.from(), a.to(),
                    a.workingDays() + " / " + a.threshold(), a.coverOrderRequired() && !a.covered() ? "YES" : "",
                    a.covered() ? "yes" : "");
        }
        System.out.println("Absent (not over yet):");
        away.print(System.out);
        ShellTable orders = new ShellTable();
        orders.column("Order");
        orders.column("Absent officer");
        orders.column("From");
        orders.column("To");
        orders.column("Cover officer");
        orders.column("Id");
        for (CoverOrder c : covers.list(caller, true, null, PageRequest.firstRows(limit)).items()) {
            orders.addRow().addContent("№ " + c.orderNo() + " " + c.orderDate(), c.officerId(), c.from(), c.to(),
                    c.coverOfficerId(), c.id());
        }
        System.out.println("Cover orders in force:");
        orders.print(System.out);
        return null;
    }
}
