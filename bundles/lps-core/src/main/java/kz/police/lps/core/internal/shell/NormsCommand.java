package kz.police.lps.core.internal.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.security.CallerFactory;

@Service
@Command(scope = "lps", name = "norms", description = "Lists the norms of the installed units with their act and "
        + "textbook lines; '*' marks a value your region overrides")
public class NormsCommand implements Action {

    @Reference
    private NormService norms;

    @Reference
    private CallerFactory callers;

    @Option(name = "--unit", description = "only this unit's norms")
    private String unit;

    @Option(name = "--lang", description = "kk, ru or en")
    private String lang = "kk";

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Key");
        table.column("Value");
        table.column("Unit");
        table.column("Binding");
        table.column("Act");
        table.column("Lines");
        table.column("Description").maxSize(60);
        java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
        for (Norm n : norms.norms(callers.shellCaller(), unit)) {
            String value = n.value().stripTrailingZeros().toPlainString()
                    + (n.valueMax() == null ? "" : "-" + n.valueMax().stripTrailingZeros().toPlainString())
                    + (n.overridden() ? "*" : "");
            table.addRow().addContent(n.key(), value, n.unit().label().in(locale), n.binding(),
                    n.actCode() == null ? "" : n.actCode(), n.lines() == null ? "" : n.lines(),
                    n.description().in(locale));
        }
        table.print(System.out);
        return null;
    }
}
