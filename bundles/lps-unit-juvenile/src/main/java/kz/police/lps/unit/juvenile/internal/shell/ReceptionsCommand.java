package kz.police.lps.unit.juvenile.internal.shell;

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
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.unit.juvenile.internal.reception.Reception;
import kz.police.lps.unit.juvenile.internal.reception.ReceptionJournal;

@Service
@Command(scope = "juvenile", name = "receptions", description = "The journal of citizen receptions (L946-949), latest "
        + "first: who was received, by which officer, and the application registered")
public class ReceptionsCommand implements Action {

    @Reference
    private ReceptionJournal journal;

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private CallerFactory callers;

    @Option(name = "--days", description = "the last N days (default 7)")
    private int days = 7;

    @Option(name = "--limit", description = "at most this many rows (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        ZoneId zone = calendar.zone();
        LocalDate today = LocalDate.now(zone);
        Caller caller = callers.shellCaller();
        Page<Reception> page = journal.list(caller, null, today.minusDays(Math.max(0, days - 1)), today,
                PageRequest.firstRows(limit));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Received");
        table.column("Officer");
        table.column("Visitor");
        table.column("Subject").maxSize(50);
        table.column("Application");
        for (Reception r : page.items()) {
            table.addRow().addContent(r.id(), r.receivedAt().atZone(zone).toLocalDateTime().withNano(0),
                    r.officerId(), r.visitorPersonId() != null ? "person " + r.visitorPersonId() : r.visitorName(),
                    r.subject(), r.applicationNumber() == null ? "" : r.applicationNumber());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total());
        return null;
    }
}
