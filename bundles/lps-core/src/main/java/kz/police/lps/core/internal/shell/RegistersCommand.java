package kz.police.lps.core.internal.shell;

import java.util.Locale;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.register.RegisterDefinition;
import kz.police.lps.core.api.register.RegisterGround;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.security.CallerFactory;

@Service
@Command(scope = "lps", name = "registers", description = "Lists the preventive registers of the installed units "
        + "with their grounds, act and textbook lines, and the active registrations you may see")
public class RegistersCommand implements Action {

    @Reference
    private RegisterService registers;

    @Reference
    private CallerFactory callers;

    @Option(name = "--unit", description = "only this unit's registers")
    private String unit;

    @Option(name = "--lang", description = "kk, ru or en")
    private String lang = "kk";

    @Override
    public Object execute() {
        Locale locale = Locale.forLanguageTag(lang);
        Map<String, Long> active = registers.activeCounts(callers.shellCaller());
        ShellTable table = new ShellTable();
        table.column("Register / ground");
        table.column("Kind");
        table.column("Act");
        table.column("Lines");
        table.column("Checks");
        table.column("Active");
        table.column("Name").maxSize(60);
        for (RegisterDefinition r : registers.registers(unit)) {
            Long count = active.get(r.id());
            table.addRow().addContent(r.id(), r.restricted() ? "restricted" : "", text(r.actCode()),
                    text(r.lines()), "", count == null ? "-" : count, r.name().in(locale));
            for (RegisterGround g : registers.grounds(r.id())) {
                table.addRow().addContent("  " + g.code(), g.kind().label().in(locale)
                        + (g.configurable() ? " *" : ""), text(g.actCode()), text(g.lines()), text(g.checkNorm()), "",
                        g.name().in(locale));
            }
        }
        table.print(System.out);
        System.out.println("* configurable: the texts give no such ground; '-': a restricted register you may not see");
        return null;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
