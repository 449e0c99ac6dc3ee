package kz.police.lps.core.internal.shell;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.unit.UnitInfo;
import kz.police.lps.core.api.unit.UnitRegistry;

@Service
@Command(scope = "lps", name = "units", description = "Lists the police units installed right now")
public class UnitsCommand implements Action {

    @Reference
    private UnitRegistry registry;

    @Option(name = "--lang", description = "kk, ru or en", required = false)
    private String lang = "kk";

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Name");
        table.column("Version");
        table.column("REST");
        table.column("Roles");
        for (UnitInfo u : registry.units(Locale.forLanguageTag(lang))) {
            table.addRow().addContent(u.id(), u.name(), u.version(), u.restBasePath(), String.join(" ", u.roles()));
        }
        table.print(System.out);
        return null;
    }
}
