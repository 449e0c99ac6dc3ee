package kz.police.lps.unit.district.internal.reception;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;

import kz.police.lps.core.api.error.FieldError;
import kz.police.lps.core.api.error.ValidationException;

public class ReceptionHoursTest {

    private static ReceptionSlot slot(DayOfWeek day, String from, String to) {
        return new ReceptionSlot(day, LocalTime.parse(from), LocalTime.parse(to));
    }

    private static final List<ReceptionSlot> PLATE = List.of(slot(DayOfWeek.TUESDAY, "15:00", "18:00"),
            slot(DayOfWeek.MONDAY, "09:00", "13:00"), slot(DayOfWeek.MONDAY, "14:00", "17:00"));

    @Test
    public void storedFormRoundTripsSorted() {
        String text = ReceptionHours.format(PLATE);
        assertEquals("MONDAY 09:00-13:00;MONDAY 14:00-17:00;TUESDAY 15:00-18:00", text);
        assertEquals(List.of(PLATE.get(1), PLATE.get(2), PLATE.get(0)), ReceptionHours.parse(text));
        assertTrue(ReceptionHours.parse(null).isEmpty());
    }

    @Test
    public void coversTheHoursOfTheDayEndExclusive() {
        LocalDateTime monday = LocalDateTime.of(2026, 12, 14, 9, 0); // a Monday
        assertTrue(ReceptionHours.covers(PLATE, monday));
        assertTrue(ReceptionHours.covers(PLATE, monday.withHour(12).withMinute(59)));
        assertFalse(ReceptionHours.covers(PLATE, monday.withHour(13)));
        assertFalse(ReceptionHours.covers(PLATE, monday.withHour(8).withMinute(59)));
        assertTrue(ReceptionHours.covers(PLATE, monday.withHour(14)));
        assertFalse("Wednesday", ReceptionHours.covers(PLATE, monday.plusDays(2).withHour(10)));
        assertTrue("Tuesday afternoon", ReceptionHours.covers(PLATE, monday.plusDays(1).withHour(16)));
    }

    @Test
    public void validPlateHasNoErrors() {
        assertTrue(errors(PLATE).isEmpty());
    }

    @Test
    public void missingListIsRequired() {
        assertEquals(List.of("hours:required"), errors(null));
        assertEquals(List.of("hours:required"), errors(List.of()));
    }

    @Test
    public void incompleteAndReversedPeriodsNameTheirField() {
        List<ReceptionSlot> bad = new ArrayList<>(Arrays.asList(new ReceptionSlot(null, LocalTime.NOON, null),
                slot(DayOfWeek.FRIDAY, "18:00", "09:00"), null));
        assertEquals(List.of("hours[0].day:required", "hours[0].to:required",
                "hours[1].to:district.reception.hours.order", "hours[2]:required"), errors(bad));
    }

    @Test
    public void overlappingPeriodsOfOneDayAreRefused() {
        assertEquals(List.of("hours:district.reception.hours.overlap"), errors(List.of(
                slot(DayOfWeek.MONDAY, "09:00", "13:00"), slot(DayOfWeek.MONDAY, "12:30", "15:00"))));
        assertTrue("the same hours on two days", errors(List.of(slot(DayOfWeek.MONDAY, "09:00", "13:00"),
                slot(DayOfWeek.TUESDAY, "09:00", "13:00"))).isEmpty());
        assertTrue("back to back", errors(List.of(slot(DayOfWeek.MONDAY, "09:00", "13:00"),
                slot(DayOfWeek.MONDAY, "13:00", "15:00"))).isEmpty());
    }

    @Test
    public void atMostThreePeriodsADayOnAverage() {
        List<ReceptionSlot> many = new ArrayList<>();
        for (int i = 0; i <= ReceptionHours.MAX_SLOTS; i++) {
            int hour = i / 7 + 8;
            many.add(slot(DayOfWeek.of(i % 7 + 1), String.format("%02d:00", hour), String.format("%02d:30", hour)));
        }
        assertEquals(List.of("hours:district.reception.hours.count"), errors(many));
    }

    private static List<String> errors(List<ReceptionSlot> slots) {
        ValidationException.Collector errors = new ValidationException.Collector();
        ReceptionHours.check(errors, "hours", slots);
        try {
            errors.throwIfAny();
            return List.of();
        } catch (ValidationException e) {
            List<String> out = new ArrayList<>();
            for (FieldError f : e.errors()) {
                out.add(f.field() + ":" + f.code());
            }
            return out;
        } catch (RuntimeException e) {
            fail(e.toString());
            return null;
        }
    }
}
