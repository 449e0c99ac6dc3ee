package kz.police.lps.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.audit.AuditQuery;
import kz.police.lps.core.api.audit.AuditRecord;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.CallerFactory;

@Service
@Command(scope = "lps", name = "audit", description = "Shows the audit trail, newest first")
public class AuditCommand implements Action {

    @Reference
    private AuditService audit;

    @Reference
    private CallerFactory callers;

    @Option(name = "--user", description = "only this user's actions")
    private String user;

    @Option(name = "--subject", description = "subject type, or type:id (e.g. person:1234)")
    @Completion(SubjectTypeCompleter.class)
    private String subject;

    @Option(name = "--limit", description = "at most this many rows")
    private int limit = 30;

    @Override
    public Object execute() {
        String type = subject;
        String id = null;
        if (subject != null && subject.contains(":")) {
            type = subject.substring(0, subject.indexOf(':'));
            id = subject.substring(subject.indexOf(':') + 1);
        }
        Page<AuditRecord> page = audit.search(callers.shellCaller(),
                new AuditQuery(user, type, id, null, null, null),
                PageRequest.firstRows(limit));
        ShellTable table = new ShellTable();
        table.column("When");
        table.column("User");
        table.column("From");
        table.column("Action");
        table.column("Outcome");
        table.column("Subject");
        table.column("Purpose");
        for (AuditRecord r : page.items()) {
            table.addRow().addContent(r.at(), r.username(), r.remoteAddress(), r.action(), r.outcome(),
                    r.subjectType() + (r.subjectId() == null ? "" : ":" + r.subjectId()),
                    r.purpose() == null ? "" : r.purpose());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " shown");
        return null;
    }
}
