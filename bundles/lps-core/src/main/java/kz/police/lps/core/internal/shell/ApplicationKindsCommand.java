package kz.police.lps.core.internal.shell;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.application.ApplicationKind;
import kz.police.lps.core.api.application.ApplicationService;

@Service
@Command(scope = "lps", name = "application-kinds", description = "Lists the application kinds the installed units "
        + "claim, with their deadline norm; 'R' marks a restricted (need-to-know) kind")
public class ApplicationKindsCommand implements Action {

    @Reference
    private ApplicationService applications;

    @Option(name = "--unit", description = "only this unit's kinds")
    private String unit;

    @Option(name = "--lang", description = "kk, ru or en")
    private String lang = "kk";

    @Override
    public Object execute() {
        Locale locale = Locale.forLanguageTag(lang);
        ShellTable table = new ShellTable();
        table.column("Code");
        table.column("Unit");
        table.column("");
        table.column("Deadline norm");
        table.column("Act");
        table.column("Lines");
        table.column("Name").maxSize(50);
        for (ApplicationKind k : applications.kinds(unit)) {
            table.addRow().addContent(k.code(), k.unitId(), k.restricted() ? "R" : "", k.decisionNorm(),
                    k.actCode() == null ? "" : k.actCode(), k.lines(), k.name().in(locale));
        }
        table.print(System.out);
        return null;
    }
}
