package kz.police.lps.unit.juvenile.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.unit.juvenile.internal.schoolwork.SchoolWorkOverview;

/**
 * The head's daily question on the schools (WF-J8): who keeps each school's control file, the status of this academic
 * quarter's joint plan, and the incidents not yet reported to the school and councils not yet held.
 */
@Service
@Command(scope = "juvenile", name = "schools", description = "Schools in your scope: inspector keeping the control "
        + "file, this academic quarter's joint plan, open incidents and councils")
public class SchoolsCommand implements Action {

    @Reference
    private SchoolWorkOverview overview;

    @Reference
    private CallerFactory callers;

    @Option(name = "--limit", description = "at most this many schools (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("School");
        table.column("Inspector");
        table.column("Keeper");
        table.column("Quarter");
        table.column("Plan");
        table.column("Open incidents");
        table.column("Open councils");
        for (SchoolWorkOverview.Row r : overview.rows(callers.shellCaller(), PageRequest.firstRows(limit))) {
            table.addRow().addContent(r.schoolId(), r.name(), r.keeperId() == null ? "-" : r.keeperId(),
                    r.keeperKind() == null ? "no control file" : r.keeperKind(), r.quarter() == null ? "-"
                            : r.quarter(), r.planStatus() == null ? "none" : r.planStatus(), r.openIncidents(),
                    r.openCouncils());
        }
        table.print(System.out);
        return null;
    }
}
