package kz.police.lps.unit.district.internal.shell;

import java.time.LocalDate;
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
import kz.police.lps.unit.district.internal.reception.Reception;
import kz.police.lps.unit.district.internal.reception.ReceptionJournal;

@Service
@Command(scope = "district", name = "receptions", description = "The citizen reception journal (L626-629), latest "
        + "first: who was received where, what was filed, and which receptions fell outside the approved schedule")
public class ReceptionsCommand implements Action {

    @Reference
    private ReceptionJournal journal;

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private CallerFactory callers;

    @Reference
    private OrgService org;

    @Reference
    private OfficerService officers;

    @Option(name = "--point", description = "only this police point (organisation node id)")
    private Long point;

    @Option(name = "--days", description = "the last N days (default 7)")
    private int days = 7;

    @Option(name = "--outside", description = "only receptions outside the approved schedule")
    private boolean outside;

    @Option(name = "--limit", description = "at most this many rows (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        ZoneId zone = calendar.zone();
        LocalDate today = LocalDate.now(zone);
        Caller caller = callers.shellCaller();
        ShellLabels labels = new ShellLabels(caller, org, officers);
        Page<Reception> page = journal.list(caller, new ReceptionJournal.Query(point, null,
                null, today.minusDays(Math.max(0, days - 1)), today, outside ? Boolean.TRUE : null),
                PageRequest.firstRows(limit));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Received");
        table.column("Point");
        table.column("Officer");
        table.column("Visitor");
        table.column("Subject").maxSize(50);
        table.column("Application");
        table.column("Outside");
        for (Reception r : page.items()) {
            table.addRow().addContent(r.id(), r.receivedAt().atZone(zone).toLocalDateTime().withNano(0),
                    labels.node(r.pointId()), labels.officer(r.officerId()),
                    r.visitorPersonId() != null ? "person " + r.visitorPersonId() : r.visitorName(), r.subject(),
                    r.applicationNumber() == null ? "" : r.applicationNumber(), r.outsideSchedule() ? "yes" : "");
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total());
        return null;
    }
}
