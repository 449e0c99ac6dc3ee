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
import kz.police.lps.unit.juvenile.internal.inbound.InboundNotice;
import kz.police.lps.unit.juvenile.internal.inbound.InboundNotices;
import kz.police.lps.unit.juvenile.internal.inbound.NoticeKind;

@Service
@Command(scope = "juvenile", name = "notices", description = "Inbound notices from investigation and the penal "
        + "system received after their deadline (72 hours after the event; 20 calendar days before a release), latest "
        + "first; with --all every notice")
public class NoticesCommand implements Action {

    @Reference
    private InboundNotices notices;

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private CallerFactory callers;

    @Option(name = "--all", description = "every notice, not only the late ones")
    private boolean all;

    @Option(name = "--limit", description = "at most this many rows (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        ZoneId zone = calendar.zone();
        Page<InboundNotice> page = notices.list(callers.shellCaller(), null, null, all ? null : Boolean.TRUE,
                PageRequest.firstRows(limit));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Kind");
        table.column("Person");
        table.column("Sender").maxSize(40);
        table.column("Received");
        table.column("Due");
        table.column("Late by");
        for (InboundNotice n : page.items()) {
            String lateBy = !n.late() ? "" : n.kind() == NoticeKind.PRE_RELEASE ? n.lateDays() + " d"
                    : n.lateHours() + " h";
            table.addRow().addContent(n.id(), n.kind(), n.personId(), n.sender(),
                    n.receivedAt().atZone(zone).toLocalDateTime().withNano(0),
                    n.dueAt().atZone(zone).toLocalDateTime().withNano(0), lateBy);
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total());
        return null;
    }
}
