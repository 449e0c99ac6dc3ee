package kz.police.lps.unit.district.internal.presentation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Optional;

import org.junit.Test;

public class BinTest {

    @Test
    public void realBinsAreValid() {
        // published BINs of two banks: registered 12/1997 and 01/1994, resident legal entities, head offices
        assertTrue(Bin.isValid("971240001315"));
        assertTrue(Bin.isValid("940140000385"));
    }

    @Test
    public void formatIsTwelveDigits() {
        assertEquals(Optional.of("format"), Bin.problem(null));
        assertEquals(Optional.of("format"), Bin.problem(""));
        assertEquals(Optional.of("format"), Bin.problem("97124000131"));
        assertEquals(Optional.of("format"), Bin.problem("9712400013155"));
        assertEquals(Optional.of("format"), Bin.problem("97124000131A"));
        assertEquals(Optional.of("format"), Bin.problem("９71240001315")); // a full-width digit is not a digit here
    }

    @Test
    public void monthOfRegistration() {
        assertEquals(Optional.of("month"), Bin.problem("970040001315"));
        assertEquals(Optional.of("month"), Bin.problem("971340001315"));
    }

    @Test
    public void kindAndAttributeDigits() {
        assertEquals(Optional.of("type"), Bin.problem("971230001315")); // 5th digit 3: an IIN's century digit
        assertEquals(Optional.of("type"), Bin.problem("971270001315"));
        assertEquals(Optional.of("type"), Bin.problem("971244001315")); // 6th digit 4
    }

    @Test
    public void checkDigit() {
        assertEquals(Optional.of("checksum"), Bin.problem("971240001316"));
        assertEquals(Optional.of("checksum"), Bin.problem("940140000384"));
        assertFalse(Bin.isValid("971240001310"));
    }

    @Test
    public void secondWeightsWhenTheFirstGiveTen() {
        // a serial whose sum with the weights 1..11 gives 10 (mod 11): the check digit comes from the weights 3..11,1,2
        String found = null;
        for (int serial = 0; serial < 100_000 && found == null; serial++) {
            String first11 = String.format("971240%05d", serial);
            if (weighted(first11, new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}) % 11 == 10) {
                int second = weighted(first11, new int[] {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2}) % 11;
                if (second != 10) {
                    found = first11 + second;
                }
            }
        }
        assertTrue("a BIN checked with the second weights exists", found != null);
        assertTrue(found, Bin.isValid(found));
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}
