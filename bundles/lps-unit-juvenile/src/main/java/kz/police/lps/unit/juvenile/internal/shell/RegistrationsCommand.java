package kz.police.lps.unit.juvenile.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.unit.juvenile.internal.prevention.Journal;
import kz.police.lps.unit.juvenile.internal.prevention.JournalEntry;
import kz.police.lps.unit.juvenile.internal.prevention.PreventionJournal;

@Service
@Command(scope = "juvenile", name = "registrations", description = "Registrations of minors up for review at the "
        + "review age (juvenile.preventive.review-age) or coming of age within the next days, earliest first; with "
        + "--all the latest journal entries")
public class RegistrationsCommand implements Action {

    @Reference
    private PreventionJournal journal;

    @Reference
    private CallerFactory callers;

    @Option(name = "--days", description = "coming of age within N days (default 30; 0: only those up for review)")
    private int days = 30;

    @Option(name = "--all", description = "the latest journal entries of both journals instead")
    private boolean all;

    @Option(name = "--limit", description = "at most this many rows (default 50)")
    private int limit = 50;

    @Override
    public Object execute() {
        Page<JournalEntry> page = journal.list(callers.shellCaller(), all ? null : Journal.MINORS, null, null,
                all ? null : Math.max(0, days), PageRequest.firstRows(limit));
        ShellTable table = new ShellTable();
        table.column("Registration");
        table.column("Journal no.");
        table.column("Person");
        table.column("Category").maxSize(45);
        table.column("Registered");
        table.column("Status");
        table.column("Review on");
        table.column("For review");
        for (JournalEntry e : page.items()) {
            table.addRow().addContent(e.registrationId(), (e.journal() == Journal.MINORS ? "M-" : "P-")
                    + e.journalYear() + "/" + e.journalNo(), e.personId(), e.groundCode().substring(
                            e.groundCode().lastIndexOf('.') + 1), e.registeredOn(), e.status(),
                    e.reviewOn() == null ? "" : e.reviewOn(), e.forReview() ? "yes"
                            : e.reviewDecision() == null ? "" : e.reviewDecision().name().toLowerCase());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total());
        return null;
    }
}
