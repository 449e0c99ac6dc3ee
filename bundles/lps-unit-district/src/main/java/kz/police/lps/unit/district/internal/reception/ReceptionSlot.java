package kz.police.lps.unit.district.internal.reception;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A weekly period of a police point's plate: a weekday and the hours of that day, e.g. MONDAY 09:00-13:00.
 *
 * @param day  the weekday
 * @param from the first minute
 * @param to   the end (exclusive); after {@code from}
 */
public record ReceptionSlot(DayOfWeek day, LocalTime from, LocalTime to) {
}
