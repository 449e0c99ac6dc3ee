package kz.police.lps.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.person.PersonQuery;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.security.CallerFactory;

@Service
@Command(scope = "lps", name = "person-find", description = "Finds persons by IIN (12 digits) or by the start of a "
        + "name; Kazakh/Russian letter variants match. The search is audited.")
public class PersonFindCommand implements Action {

    @Reference
    private PersonService persons;

    @Reference
    private CallerFactory callers;

    @Argument(index = 0, name = "iin-or-name", required = true, multiValued = true,
            description = "an IIN, or a surname / 'surname name'")
    private java.util.List<String> words;

    @Option(name = "--limit", description = "at most this many rows")
    private int limit = 20;

    @Option(name = "--purpose", description = "why you look this person up (goes into the audit trail)")
    private String purpose;

    @Override
    public Object execute() {
        String text = String.join(" ", words).trim();
        PersonQuery q = text.matches("\\d{12}") ? PersonQuery.byIin(text) : PersonQuery.byName(text);
        Page<Person> page = persons.search(callers.shellCaller().withPurpose(purpose), q,
                PageRequest.firstRows(limit));
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("IIN");
        table.column("Full name");
        table.column("Born");
        table.column("Actual address");
        for (Person p : page.items()) {
            table.addRow().addContent(p.id(), p.iin(), p.fullName(), p.birthDate(),
                    p.actualAddress() == null ? "" : p.actualAddress().settlement() + ", "
                            + p.actualAddress().street() + " " + p.actualAddress().house());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " shown");
        return null;
    }
}
