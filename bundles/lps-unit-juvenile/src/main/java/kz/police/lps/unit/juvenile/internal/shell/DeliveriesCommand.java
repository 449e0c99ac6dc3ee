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
import kz.police.lps.unit.juvenile.internal.delivery.Deliveries;
import kz.police.lps.unit.juvenile.internal.delivery.Delivery;

/**
 * The head's daily look at the delivered-minors journal (WF-J7): today's deliveries and the open ones (no outcome
 * yet, or a residence notice still due, L1336-1344); {@code --notices} for the notices due only.
 */
@Service
@Command(scope = "juvenile", name = "deliveries", description = "Delivered minors: today's and the open ones "
        + "(outcome or residence notice pending, L1262-1298, L1336-1344); --notices for the notices due")
public class DeliveriesCommand implements Action {

    @Reference
    private Deliveries deliveries;

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private CallerFactory callers;

    @Option(name = "--notices", description = "only deliveries whose residence notice is still due")
    private boolean notices;

    @Option(name = "--limit", description = "at most this many rows (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        ZoneId zone = calendar.zone();
        Caller caller = callers.shellCaller();
        LocalDate today = LocalDate.now(zone);
        PageRequest rows = PageRequest.firstRows(limit);
        Page<Delivery> page = notices
                ? deliveries.list(caller, new Deliveries.Query(null, null, null, null, true, null, null, null), rows)
                : deliveries.list(caller, new Deliveries.Query(null, null, null, true, null, null, null, null), rows);
        ShellTable table = new ShellTable();
        table.column("Journal No");
        table.column("Delivered");
        table.column("Person");
        table.column("Ground");
        table.column("Status");
        table.column("Notice due");
        for (Delivery d : page.items()) {
            LocalDate day = d.deliveredAt().atZone(zone).toLocalDate();
            String due = d.notice() == null ? "" : d.notice().sent() ? "sent " + d.notice().outgoingNumber()
                    : d.notice().dueAt().atZone(zone).toLocalDate() + (d.notice().dueAt().isBefore(
                            java.time.Instant.now()) ? " !" : "");
            table.addRow().addContent(d.journalNumber(), day + (day.equals(today) ? " (today)" : ""),
                    "person " + d.personId(), d.ground(), d.status(), due);
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total());
        return null;
    }
}
