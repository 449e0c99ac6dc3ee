package kz.police.lps.core.internal.shell;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import kz.police.lps.core.api.calendar.CalendarDay;
import kz.police.lps.core.api.calendar.WorkingCalendar;

@Service
@Command(scope = "lps", name = "calendar", description = "Shows the days off between two dates (default: this month) "
        + "and counts the working days; with --plus N, the Nth working day after 'from'")
public class CalendarCommand implements Action {

    @Reference
    private WorkingCalendar calendar;

    @Argument(index = 0, name = "from", required = false, description = "YYYY-MM-DD")
    private String from;

    @Argument(index = 1, name = "to", required = false, description = "YYYY-MM-DD")
    private String to;

    @Option(name = "--plus", description = "working days to add to 'from'")
    private Integer plus;

    @Option(name = "--lang", description = "kk, ru or en")
    private String lang = "kk";

    @Override
    public Object execute() {
        LocalDate today = LocalDate.now(calendar.zone());
        LocalDate f = from == null ? today.withDayOfMonth(1) : LocalDate.parse(from);
        if (plus != null) {
            System.out.println(plus + " working days after " + f + ": " + calendar.plusWorkingDays(f, plus));
            return null;
        }
        LocalDate t = to == null ? f.withDayOfMonth(f.lengthOfMonth()) : LocalDate.parse(to);
        java.util.Locale locale = java.util.Locale.forLanguageTag(lang);
        ShellTable table = new ShellTable();
        table.column("Date");
        table.column("Day");
        table.column("Kind");
        table.column("Name");
        for (CalendarDay d : calendar.days(f, t)) {
            if (d.kind() != kz.police.lps.core.api.calendar.DayKind.WORKING_DAY
                    && d.kind() != kz.police.lps.core.api.calendar.DayKind.WEEKEND) {
                table.addRow().addContent(d.date(), d.date().getDayOfWeek(), d.kind().label().in(locale),
                        d.name() == null ? "" : d.name().in(locale) + (d.provisional() ? " (provisional)" : ""));
            }
        }
        table.print(System.out);
        System.out.println(calendar.workingDaysBetween(f, t) + " working days from " + f + " to " + t
                + "; loaded years " + calendar.loadedYears());
        return null;
    }
}
