package kz.police.lps.core.api.calendar;

import java.time.LocalDate;
import java.util.List;

import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * One year's calendar data as an administrator loads it (JSON): the public holidays, and the transfers of days off
 * the Government decrees for that year.
 */
public record CalendarYear(int year, List<Holiday> holidays, List<Transfer> transfers) {

    public CalendarYear {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        transfers = transfers == null ? List.of() : List.copyOf(transfers);
    }

    /**
     * A public holiday.
     *
     * @param moveIfWeekend whether a weekend coincidence gives the next working day off (not for religious holidays)
     */
    public record Holiday(LocalDate date, LocalizedText name, boolean moveIfWeekend, String basis) {
    }

    /** A transfer: {@code workingDay} (a weekend day) is worked, {@code dayOff} (a weekday) is off. */
    public record Transfer(LocalDate workingDay, LocalDate dayOff, String basis) {
    }
}
