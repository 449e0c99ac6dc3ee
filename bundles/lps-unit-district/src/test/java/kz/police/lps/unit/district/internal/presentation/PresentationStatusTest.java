package kz.police.lps.unit.district.internal.presentation;

import static kz.police.lps.unit.district.internal.presentation.PresentationStatus.EXECUTED;
import static kz.police.lps.unit.district.internal.presentation.PresentationStatus.ISSUED;
import static kz.police.lps.unit.district.internal.presentation.PresentationStatus.NOT_EXECUTED;
import static kz.police.lps.unit.district.internal.presentation.PresentationStatus.RESPONSE_RECEIVED;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.EnumSet;
import java.util.Set;

import org.junit.Test;

public class PresentationStatusTest {

    @Test
    public void issuedAwaitsTheResponseOrFails() {
        assertEquals(EnumSet.of(RESPONSE_RECEIVED, NOT_EXECUTED), next(ISSUED));
    }

    @Test
    public void executionOnlyAfterTheResponse() {
        assertFalse(ISSUED.mayBecome(EXECUTED));
        assertEquals(EnumSet.of(EXECUTED, NOT_EXECUTED), next(RESPONSE_RECEIVED));
    }

    @Test
    public void outcomesAreFinal() {
        assertTrue(next(EXECUTED).isEmpty());
        assertTrue(next(NOT_EXECUTED).isEmpty());
        assertFalse(EXECUTED.open());
        assertFalse(NOT_EXECUTED.open());
    }

    @Test
    public void noStatusStaysOrGoesBack() {
        for (PresentationStatus s : PresentationStatus.values()) {
            assertFalse(s + " to itself", s.mayBecome(s));
            assertFalse(s + " back to issued", s.mayBecome(ISSUED));
        }
    }

    @Test
    public void outcomesAreWhatExecutionRecords() {
        assertEquals(EnumSet.of(EXECUTED, NOT_EXECUTED), EnumSet.copyOf(
                java.util.Arrays.stream(PresentationStatus.values()).filter(PresentationStatus::outcome).toList()));
        assertTrue(ISSUED.open());
        assertTrue(RESPONSE_RECEIVED.open());
    }

    @Test
    public void everyStatusHasItsLabels() {
        for (PresentationStatus s : PresentationStatus.values()) {
            assertFalse(s.label().kk().isBlank());
            assertFalse(s.label().ru().isBlank());
            assertFalse(s.label().en().isBlank());
        }
    }

    private static Set<PresentationStatus> next(PresentationStatus from) {
        Set<PresentationStatus> next = EnumSet.noneOf(PresentationStatus.class);
        for (PresentationStatus s : PresentationStatus.values()) {
            if (from.mayBecome(s)) {
                next.add(s);
            }
        }
        return next;
    }
}
