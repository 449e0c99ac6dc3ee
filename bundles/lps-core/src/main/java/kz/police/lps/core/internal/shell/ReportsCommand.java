package kz.police.lps.core.internal.shell;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.report.ReportInfo;
import kz.police.lps.core.api.report.ReportParameters;
import kz.police.lps.core.api.report.ReportService;
import kz.police.lps.core.api.security.CallerFactory;

@Service
@Command(scope = "lps", name = "reports", description = "Lists the reports you may run (lps:report <id> runs one)")
public class ReportsCommand implements Action {

    @Reference
    private ReportService reports;

    @Reference
    private CallerFactory callers;

    @Option(name = "--lang", description = "kk, ru or en")
    private String lang = "kk";

    @Override
    public Object execute() {
        Locale locale = Locale.forLanguageTag(lang);
        ShellTable table = new ShellTable();
        table.column("Id");
        table.column("Unit");
        table.column("Title").maxSize(50);
        table.column("Period");
        table.column("Department");
        for (ReportInfo r : reports.definitions(callers.shellCaller())) {
            ReportParameters p = r.parameters();
            String period = p.period() == ReportParameters.Use.UNUSED ? "-"
                    : p.period().name().toLowerCase(Locale.ROOT) + " " + p.periodKinds().stream().map(Enum::name)
                            .sorted().map(k -> k.toLowerCase(Locale.ROOT)).toList();
            table.addRow().addContent(r.id(), r.unitId(), r.title().in(locale), period,
                    p.department().name().toLowerCase(Locale.ROOT));
        }
        table.print(System.out);
        return null;
    }
}
