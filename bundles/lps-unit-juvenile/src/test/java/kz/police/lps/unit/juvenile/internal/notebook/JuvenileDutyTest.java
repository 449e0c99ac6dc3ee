package kz.police.lps.unit.juvenile.internal.notebook;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class JuvenileDutyTest {

    @Test
    public void onlyTheJuvenileDutiesAreAccepted() {
        assertEquals(JuvenileDuty.NEGLECT_HOMELESSNESS, JuvenileDuty.parse(" neglect_homelessness ").get());
        assertFalse(JuvenileDuty.parse("TRAFFIC_CONTROL").isPresent());
        assertFalse(JuvenileDuty.parse(null).isPresent());
        for (JuvenileDuty d : JuvenileDuty.values()) {
            assertTrue(d + " cites its lines", d.lines().startsWith("L"));
            assertFalse(d.label().kk().isBlank() || d.label().ru().isBlank() || d.label().en().isBlank());
        }
    }
}
