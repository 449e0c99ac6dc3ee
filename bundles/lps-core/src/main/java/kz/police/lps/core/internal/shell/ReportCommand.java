package kz.police.lps.core.internal.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.error.FieldError;
import kz.police.lps.core.api.error.LpsException;
import kz.police.lps.core.api.report.ReportColumn;
import kz.police.lps.core.api.report.ReportFormat;
import kz.police.lps.core.api.report.ReportRequest;
import kz.police.lps.core.api.report.ReportRun;
import kz.police.lps.core.api.report.ReportRunState;
import kz.police.lps.core.api.report.ReportService;
import kz.police.lps.core.api.report.ReportTable;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.core.internal.report.ReportDocument;
import kz.police.lps.core.internal.report.ReportExportDirectory;
import kz.police.lps.core.internal.report.ReportExports;
import kz.police.lps.core.internal.rest.Messages;

@Service
@Command(scope = "lps", name = "report", description = "Runs a report now, showing its progress, then prints the "
        + "table or writes it as CSV, JSON or PDF")
public class ReportCommand implements Action {

    @Reference
    private ReportService reports;

    @Reference
    private CallerFactory callers;

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private ReportExportDirectory exportDirectory;

    @Argument(index = 0, name = "id", description = "the report id (lps:reports lists them)", required = true)
    @Completion(ReportIdCompleter.class)
    private String id;

    /** Karaf reads options only before the first argument; these are the ones written after the id. */
    @Argument(index = 1, name = "options", description = "the options may also follow the id: "
            + "lps:report core.persons-registered --period 2026-Q3", multiValued = true)
    private List<String> trailing;

    @Option(name = "--period", description = "2026-07, 2026-Q3, 2026-H1 or 2026")
    private String period;

    @Option(name = "--department", description = "organisation node id (default: your whole scope)")
    private Long department;

    @Option(name = "--format", description = "table (default), csv, json or pdf")
    @Completion(value = StringsCompleter.class, values = {"table", "csv", "json", "pdf"})
    private String format = "table";

    @Option(name = "--out", description = "write to this new file (required for pdf): a name relative to the export "
            + "directory (exportDir of kz.police.lps.reports, default ${karaf.data}/reports)")
    private String out;

    @Option(name = "--lang", description = "kk, ru or en")
    @Completion(value = StringsCompleter.class, values = {"kk", "ru", "en"})
    private String lang = "kk";

    @Override
    public Object execute() throws IOException {
        PrintStream console = System.out;
        String bad = trailingOptions();
        if (bad != null) {
            console.println(bad);
            return null;
        }
        Locale locale = Locale.forLanguageTag(List.of("kk", "ru", "en").contains(lang) ? lang : "kk");
        String f = format.toLowerCase(Locale.ROOT);
        if (!List.of("table", "csv", "json", "pdf").contains(f)) {
            console.println("--format: table, csv, json or pdf");
            return null;
        }
        ReportFormat file = "table".equals(f) ? null : ReportFormat.valueOf(f.toUpperCase(Locale.ROOT));
        if (file == ReportFormat.PDF && out == null) {
            console.println("--out <file> is required for pdf");
            return null;
        }
        Path target = null;
        if (out != null) {
            try {
                target = ReportExports.resolve(exportDirectory.path(), out);
            } catch (IllegalArgumentException e) {
                console.println("--out: " + e.getMessage());
                return null;
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                console.println("--out: " + target + " exists; name a new file");
                return null;
            }
        }
        Caller caller = callers.shellCaller();
        ProgressLine progress = new ProgressLine(console);
        ReportRun run;
        try {
            run = reports.runSync(caller, id, new ReportRequest(period, department), progress::show);
        } catch (LpsException e) {
            progress.end();
            console.println(describe(e, locale));
            return null;
        }
        progress.end();
        if (run.state() != ReportRunState.DONE) {
            console.println(run.state().label().in(locale) + (run.error() == null ? "" : ": " + run.error()));
            return null;
        }
        if (file == null) {
            print(console, run, reports.result(caller, run.id()), locale);
        } else if (target != null) {
            String runId = run.id();
            long size;
            try {
                size = ReportExports.write(target, o -> reports.render(caller, runId, file, locale, o));
            } catch (FileAlreadyExistsException e) {
                console.println("--out: " + target + " exists; name a new file");
                return null;
            }
            console.println(target + ": " + size + " bytes (run " + runId + ")");
        } else {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            reports.render(caller, run.id(), file, locale, bytes);
            console.println(bytes.toString(StandardCharsets.UTF_8));
        }
        return null;
    }

    /** Applies the options written after the id; an error message, or null. */
    private String trailingOptions() {
        if (trailing == null) {
            return null;
        }
        for (int i = 0; i < trailing.size(); i++) {
            String name = trailing.get(i);
            if (i + 1 >= trailing.size()) {
                return name.startsWith("--") ? name + ": value missing" : "unexpected argument " + name;
            }
            String value = trailing.get(++i);
            switch (name) {
                case "--period" -> period = value;
                case "--department" -> {
                    try {
                        department = Long.valueOf(value);
                    } catch (NumberFormatException e) {
                        return "--department: an organisation node id, not " + value;
                    }
                }
                case "--format" -> format = value;
                case "--out" -> out = value;
                case "--lang" -> lang = value;
                default -> {
                    return "unknown option " + name + " (--period, --department, --format, --out, --lang)";
                }
            }
        }
        return null;
    }

    private void print(PrintStream console, ReportRun run, ReportTable t, Locale locale) {
        ReportDocument doc = new ReportDocument(run, t, locale, calendar.zone());
        console.println(doc.title());
        for (String[] p : doc.parameters()) {
            console.println("  " + p[0] + ": " + p[1]);
        }
        ShellTable table = new ShellTable();
        for (ReportColumn c : t.columns()) {
            var col = table.column(c.label().in(locale)).maxSize(60);
            if (c.type().numeric()) {
                col.alignRight();
            }
        }
        for (List<Object> row : t.rows()) {
            table.addRow().addContent(row.stream().map(doc::display).toArray());
        }
        if (t.totals() != null) {
            Object[] totals = new Object[t.columns().size()];
            for (int i = 0; i < totals.length; i++) {
                totals[i] = doc.display(doc.totalsCell(i));
            }
            table.addRow().addContent(totals);
        }
        table.print(console);
        console.println(t.rows().size() + " rows; run " + run.id());
    }

    private static String describe(LpsException e, Locale locale) {
        StringBuilder b = new StringBuilder(e.type()).append(": ").append(Messages.get(locale, e.code(), e.args()));
        for (FieldError f : e.errors()) {
            b.append(System.lineSeparator()).append("  ").append(f.field()).append(": ")
                    .append(Messages.get(locale, f.code(), f.args()));
        }
        return b.toString();
    }

    /** One console line showing the percentage done, rewritten in place as it advances. */
    static final class ProgressLine {
        private final PrintStream console;
        private int shown = -1;

        ProgressLine(PrintStream console) {
            this.console = console;
        }

        void show(int done, int total) {
            if (total <= 0) {
                return;
            }
            int percent = (int) Math.min(100, (long) done * 100 / total);
            if (percent == shown) {
                return;
            }
            shown = percent;
            int bars = percent / 5;
            console.print("\r[" + "#".repeat(bars) + " ".repeat(20 - bars) + "] " + percent + "% (" + done + "/"
                    + total + ")");
            console.flush();
        }

        void end() {
            if (shown >= 0) {
                console.println();
            }
        }
    }
}
