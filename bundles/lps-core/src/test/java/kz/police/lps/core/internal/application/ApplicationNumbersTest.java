package kz.police.lps.core.internal.application;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class ApplicationNumbersTest {

    @Test
    public void departmentCodeYearAndSixDigitSerial() {
        assertEquals("DEMO-CITY-LPS-2026-000001", ApplicationNumbers.format("DEMO-CITY-LPS", 2026, 1));
        assertEquals("ALM-2027-000123", ApplicationNumbers.format("ALM", 2027, 123));
        assertEquals("the serial grows beyond six digits", "ALM-2027-1234567",
                ApplicationNumbers.format("ALM", 2027, 1_234_567));
    }

    @Test
    public void serialIsReadBack() {
        assertEquals(123, ApplicationNumbers.serialOf("DEMO-CITY-LPS-2026-000123"));
        assertEquals(-1, ApplicationNumbers.serialOf("no-serial"));
        assertEquals(-1, ApplicationNumbers.serialOf(null));
    }

    @Test(expected = IllegalArgumentException.class)
    public void serialStartsAtOne() {
        ApplicationNumbers.format("ALM", 2026, 0);
    }

    @Test(expected = IllegalArgumentException.class)
    public void departmentCodeRequired() {
        ApplicationNumbers.format(" ", 2026, 1);
    }
}
