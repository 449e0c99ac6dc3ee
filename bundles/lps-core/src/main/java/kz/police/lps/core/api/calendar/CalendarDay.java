package kz.police.lps.core.api.calendar;

import java.time.LocalDate;

import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * One day of the calendar.
 *
 * @param name   the holiday (or the holiday a transferred day off comes from); null for ordinary days
 * @param basis  the act behind a non-ordinary day
 * @param provisional true when the year is not loaded and the day is derived from the standing holidays only
 */
public record CalendarDay(LocalDate date, DayKind kind, LocalizedText name, String basis, boolean provisional) {

    public boolean working() {
        return kind.working();
    }
}
