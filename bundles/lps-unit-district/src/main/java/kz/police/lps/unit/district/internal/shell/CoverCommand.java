package kz.police.lps.unit.district.internal.shell;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.unit.district.internal.cover.CoverOrder;
import kz.police.lps.unit.district.internal.cover.CoverOrders;
import kz.police.lps.unit.district.internal.cover.DistrictAbsence;

/** The head's question "who covers whom, and who is away without a cover?" (WF-4, L369-374), in the caller's scope. */
@Service
@Command(scope = "district", name = "cover", description = "Cover orders in force and absences longer than the "
        + "threshold that have no cover order yet, in your scope")
public class CoverCommand implements Action {

    @Reference
    private CoverOrders covers;

    @Reference
    private CallerFactory callers;

    @Option(name = "--limit", description = "at most this many cover orders and uncovered absences (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        Caller caller = callers.shellCaller();
        ShellTable active = new ShellTable();
        active.column("Order");
        active.column("Absent officer");
        active.column("Kind");
        active.column("From");
        active.column("To");
        active.column("Working days");
        active.column("Cover officer");
        active.column("Id");
        for (CoverOrder c : covers.list(caller, true, null, PageRequest.firstRows(limit)).items()) {
            active.addRow().addContent("№ " + c.orderNo() + " " + c.orderDate(), c.officerId(), c.kind(), c.from(),
                    c.to(), c.workingDays(), c.coverOfficerId(), c.id());
        }
        System.out.println("Cover orders in force:");
        active.print(System.out);
        List<DistrictAbsence> uncovered = covers.absences(caller, null, true, PageRequest.firstRows(limit)).items();
        ShellTable missing = new ShellTable();
        missing.column("Officer");
        missing.column("Name");
        missing.column("Kind");
        missing.column("From");
        missing.column("To");
        missing.column("Working days");
        missing.column("Absence id");
        for (DistrictAbsence a : uncovered) {
            missing.addRow().addContent(a.officerId(), a.officerName(), a.kind(), a.from(), a.to(),
                    a.workingDays() + " > " + a.threshold(), a.id());
        }
        System.out.println("Absences needing a cover order:");
        missing.print(System.out);
        return null;
    }
}
