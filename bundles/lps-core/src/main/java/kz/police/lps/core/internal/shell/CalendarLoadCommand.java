package kz.police.lps.core.internal.shell;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import kz.police.lps.core.api.calendar.CalendarYear;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.security.CallerFactory;
import kz.police.lps.core.internal.calendar.CalendarFiles;

@Service
@Command(scope = "lps", name = "calendar-load", description = "Loads (replaces) a year's holidays and transfers of "
        + "days off from a JSON file shaped like calendar/kz-2026.json in the core bundle; audited")
public class CalendarLoadCommand implements Action {

    @Reference
    private WorkingCalendar calendar;

    @Reference
    private CallerFactory callers;

    @Argument(index = 0, name = "file", required = true)
    @Completion(FileCompleter.class)
    private String file;

    @Option(name = "--source", description = "the decree or announcement the data comes from")
    private String source;

    @Override
    public Object execute() throws Exception {
        CalendarYear year;
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            year = CalendarFiles.read(in);
        }
        calendar.loadYear(callers.shellCaller(), year, source == null ? file : source);
        System.out.println("Loaded " + year.year() + ": " + year.holidays().size() + " holidays, "
                + year.transfers().size() + " transfers");
        return null;
    }
}
