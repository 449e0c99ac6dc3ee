package kz.police.lps.unit.district.internal.reception;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kz.police.lps.core.api.error.ValidationException;

/**
 * The weekly hours of a police point's plate (reception days and hours, operating hours; textbook L395-400) as a
 * list of {@link ReceptionSlot}s: checked, stored as one text column ({@code MONDAY 09:00-13:00;...}) and asked
 * whether a moment falls inside.
 */
public final class ReceptionHours {

    /** At most three periods a day. */
    public static final int MAX_SLOTS = 21;

    private ReceptionHours() {
    }

    /**
     * Adds an error naming {@code field} (or {@code field[i].from|to|day}) for a missing list, an incomplete period, a
     * period that does not end after it starts, or two overlapping periods of one day.
     */
    public static void check(ValidationException.Collector errors, String field, List<ReceptionSlot> slots) {
        if (slots == null || slots.isEmpty()) {
            errors.add(field, "required");
            return;
        }
        if (slots.size() > MAX_SLOTS) {
            errors.add(field, "district.reception.hours.count", MAX_SLOTS);
            return;
        }
        boolean complete = true;
        for (int i = 0; i < slots.size(); i++) {
            ReceptionSlot s = slots.get(i);
            String at = field + "[" + i + "]";
            if (s == null) {
                errors.add(at, "required");
                complete = false;
                continue;
            }
            if (s.day() == null) {
                errors.add(at + ".day", "required");
                complete = false;
            }
            if (s.from() == null) {
                errors.add(at + ".from", "required");
                complete = false;
            }
            if (s.to() == null) {
                errors.add(at + ".to", "required");
                complete = false;
            } else if (s.from() != null && !s.to().isAfter(s.from())) {
                errors.add(at + ".to", "district.reception.hours.order");
                complete = false;
            }
        }
        if (!complete) {
            return;
        }
        List<ReceptionSlot> sorted = sorted(slots);
        for (int i = 1; i < sorted.size(); i++) {
            ReceptionSlot a = sorted.get(i - 1);
            ReceptionSlot b = sorted.get(i);
            if (a.day() == b.day() && b.from().isBefore(a.to())) {
                errors.add(field, "district.reception.hours.overlap", b.day());
                return;
            }
        }
    }

    /** Whether the moment (local time of the point) lies in one of the periods. */
    public static boolean covers(List<ReceptionSlot> slots, LocalDateTime moment) {
        DayOfWeek day = moment.getDayOfWeek();
        LocalTime time = moment.toLocalTime();
        return slots.stream().anyMatch(s -> s.day() == day && !time.isBefore(s.from()) && time.isBefore(s.to()));
    }

    /** The stored form: periods by weekday and start, {@code MONDAY 09:00-13:00;TUESDAY 15:00-18:00}. */
    public static String format(List<ReceptionSlot> slots) {
        StringBuilder b = new StringBuilder();
        for (ReceptionSlot s : sorted(slots)) {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(s.day()).append(' ').append(s.from()).append('-').append(s.to());
        }
        return b.toString();
    }

    /** The periods of a stored text written by {@link #format}. */
    public static List<ReceptionSlot> parse(String text) {
        List<ReceptionSlot> slots = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return slots;
        }
        for (String part : text.split(";")) {
            String[] dayAndHours = part.trim().split(" ");
            String[] hours = dayAndHours[1].split("-");
            slots.add(new ReceptionSlot(DayOfWeek.valueOf(dayAndHours[0]), LocalTime.parse(hours[0]),
                    LocalTime.parse(hours[1])));
        }
        return List.copyOf(slots);
    }

    private static List<ReceptionSlot> sorted(List<ReceptionSlot> slots) {
        List<ReceptionSlot> sorted = new ArrayList<>(slots);
        sorted.sort(Comparator.comparing(ReceptionSlot::day).thenComparing(ReceptionSlot::from));
        return sorted;
    }
}
