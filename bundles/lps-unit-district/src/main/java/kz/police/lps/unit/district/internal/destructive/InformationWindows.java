package kz.police.lps.unit.district.internal.destructive;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The 10-day information windows of a registration on the register of destructive religious movements (BR-31,
 * textbook L589-594: information "every ten calendar days"). Counted from the day of placement S with the interval
 * N of the norm {@code district.destructive-movements.information-interval}: window k is the days S+kN+1 .. S+(k+1)N
 * (window 0 also holds S itself), and its information is due by the end of its last day S+(k+1)N, that is N
 * calendar days after the window's start S+kN. The window's task exists from its first day on; an information report
 * belongs to the window of the day it is sent.
 */
public final class InformationWindows {

    private InformationWindows() {
    }

    /** The window the day falls in; 0 for the day of placement and the days before it. */
    public static int windowOf(LocalDate startedOn, LocalDate day, int interval) {
        if (interval < 1) {
            throw new IllegalArgumentException("interval " + interval);
        }
        long days = ChronoUnit.DAYS.between(startedOn, day);
        return days <= 0 ? 0 : (int) ((days - 1) / interval);
    }

    /** The day window {@code k} counts from (its due day is {@code interval} calendar days later). */
    public static LocalDate start(LocalDate startedOn, int window, int interval) {
        return startedOn.plusDays((long) window * interval);
    }

    /** The last day of window {@code k}: its information is due by the end of it. */
    public static LocalDate due(LocalDate startedOn, int window, int interval) {
        return startedOn.plusDays((long) (window + 1) * interval);
    }
}
