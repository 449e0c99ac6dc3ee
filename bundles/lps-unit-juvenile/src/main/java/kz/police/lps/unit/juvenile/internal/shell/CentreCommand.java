package kz.police.lps.unit.juvenile.internal.shell;

import java.time.ZoneId;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.unit.juvenile.internal.placement.Placement;
import kz.police.lps.unit.juvenile.internal.placement.PlacementStatus;
import kz.police.lps.unit.juvenile.internal.placement.Placements;

/** The minors in the adaptation centre now (WF-J9, L1294-1317), latest placed first. */
@Service
@Command(scope = "juvenile", name = "centre", description = "Minors in the adaptation centre now (L1294-1317)")
public class CentreCommand implements Action {

    @Reference
    private Placements placements;

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private CallerFactory callers;

    @Option(name = "--limit", description = "at most this many rows (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        ZoneId zone = calendar.zone();
        Page<Placement> page = placements.list(callers.shellCaller(),
                new Placements.Query(null, null, PlacementStatus.IN_CENTRE), PageRequest.firstRows(limit));
        ShellTable table = new ShellTable();
        table.column("Resolution No");
        table.column("Placed");
        table.column("Person");
        table.column("Age");
        table.column("Category");
        table.column("Centre").maxSize(40);
        for (Placement p : page.items()) {
            table.addRow().addContent(p.resolutionNumber(), p.placedAt().atZone(zone).toLocalDate(),
                    "person " + p.personId(), p.ageYears(), p.category(), p.centreName());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " in the centre");
        return null;
    }
}
