package kz.police.lps.unit.juvenile.internal.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.error.ValidationException;

/**
 * The monthly statement's period and deadline rules (BR-J09, N-J8, L902-906), pure so that they are unit-tested.
 * <p>
 * "Әр айдың қорытындысы бойынша ... 1-күніне ... анықтама жасалады" (L902-906): the "1-күніне" is misplaced in the
 * text; it is read as "by the 1st of the next month" (the extraction's reading note, §3.2 N-J8). The day is the norm
 * {@code juvenile.work-statement.due-day}; the date is the calendar date, not moved off a weekend or holiday (the text
 * does not say so, as the core's {@code WorkingCalendar.dayOfMonthAfter}), and "by" the day means by its end.
 */
public final class StatementRules {

    private StatementRules() {
    }

    /** The month a caller names ({@code 2026-11}): 422 naming the field when missing or not a month. */
    public static ReportingPeriod month(String field, String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of(field, "required");
        }
        ReportingPeriod p;
        try {
            p = ReportingPeriod.parse(text.trim());
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "calendar.period");
        }
        if (p.kind() != ReportingPeriod.Kind.MONTH) {
            throw ValidationException.of(field, "juvenile.statement.month");
        }
        return p;
    }

    /** The day the month's statement is due: the {@code dueDay}-th of the next month (the month's last if shorter). */
    public static LocalDate dueDay(ReportingPeriod month, int dueDay) {
        LocalDate next = month.end().plusDays(1);
        return next.withDayOfMonth(Math.max(1, Math.min(dueDay, next.lengthOfMonth())));
    }

    /** Overdue: submitted after the due instant, or not submitted and the instant has passed. */
    public static boolean overdue(Instant dueAt, Instant submittedAt, Instant now) {
        Instant when = submittedAt != null ? submittedAt : now;
        return when.isAfter(dueAt);
    }

    /** Whether the month has not begun by {@code today}: it takes no statement yet. */
    public static boolean future(ReportingPeriod month, LocalDate today) {
        return month.start().isAfter(today);
    }

    /** The figures as stored: {@code key=count} joined by {@code ;}, keys in order. */
    public static String encode(Map<String, Long> figures) {
        StringBuilder b = new StringBuilder();
        figures.forEach((k, v) -> b.append(b.length() == 0 ? "" : ";").append(k).append('=').append(v));
        return b.toString();
    }

    public static Map<String, Long> decode(String stored) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (stored == null || stored.isBlank()) {
            return out;
        }
        for (String part : stored.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                out.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
            }
        }
        return out;
    }

    /** The sum of many statements' figures, key by key, in the order the keys are first met. */
    public static Map<String, Long> sum(List<Map<String, Long>> all) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Map<String, Long> f : all) {
            f.forEach((k, v) -> out.merge(k, v, Long::sum));
        }
        List<String> keys = new ArrayList<>(out.keySet());
        keys.sort(null);
        Map<String, Long> sorted = new LinkedHashMap<>();
        keys.forEach(k -> sorted.put(k, out.get(k)));
        return sorted;
    }
}
