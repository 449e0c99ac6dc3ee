package kz.police.lps.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.register.RegistrationQuery;
import kz.police.lps.core.api.register.RegistrationStatus;
import kz.police.lps.core.api.security.CallerFactory;

@Service
@Command(scope = "lps", name = "registrations", description = "Searches the registrations on the preventive "
        + "registers you may see; the search is audited")
public class RegistrationsCommand implements Action {

    @Reference
    private RegisterService registers;

    @Reference
    private CallerFactory callers;

    @Option(name = "--register", description = "register id")
    private String register;

    @Option(name = "--person", description = "person id")
    private Long person;

    @Option(name = "--status", description = "ACTIVE or REMOVED")
    private String status;

    @Option(name = "--limit", description = "at most this many rows")
    private int limit = 20;

    @Option(name = "--purpose", description = "why you look (goes into the audit trail)")
    private String purpose;

    @Override
    public Object execute() {
        RegistrationStatus wanted;
        try {
            wanted = status == null ? null : RegistrationStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("--status: ACTIVE or REMOVED");
            return null;
        }
        RegistrationQuery q = new RegistrationQuery(register, person, wanted, null, null, null);
        Page<Registration> page = registers.search(callers.shellCaller().withPurpose(purpose), q,
                PageRequest.firstRows(limit));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Register");
        table.column("Person");
        table.column("Ground");
        table.column("Started");
        table.column("Status");
        table.column("Removed");
        table.column("Last check");
        table.column("Officer");
        for (Registration r : page.items()) {
            table.addRow().addContent(r.id(), r.registerId(), r.personId(), r.groundCode(), r.startedOn(), r.status(),
                    r.removedOn() == null ? "" : r.removedOn() + " " + r.removalGroundCode(),
                    r.lastCheckedOn() == null ? "" : r.lastCheckedOn(),
                    r.responsibleOfficerId() == null ? "" : r.responsibleOfficerId());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " shown");
        return null;
    }
}
