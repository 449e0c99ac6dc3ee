package kz.police.lps.core.api.norm;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import kz.police.lps.core.api.Stubs;

/** A run reads each norm once per region and key; the region is the first node of a department's path. */
public class RunNormsTest {

    @Test
    public void theRegionIsTheFirstNodeOfThePath() {
        assertEquals("1", RunNorms.regionOf("/1/4/9/"));
        assertEquals("12", RunNorms.regionOf("/12/"));
        assertNull(RunNorms.regionOf("/"));
        assertNull(RunNorms.regionOf(null));
        assertNull(RunNorms.regionOf("1/4/"));
    }

    @Test
    public void aNormIsLookedUpOncePerRegionAndKey() {
        List<Long> asked = new ArrayList<>();
        NormService norms = Stubs.of(NormService.class, Map.of("effective", args -> {
            asked.add((Long) args[1]);
            return Stubs.norm((String) args[0], ((Long) args[1]).intValue(), NormUnit.CALENDAR_DAYS);
        }));
        RunNorms run = new RunNorms(norms);
        assertEquals(9, run.intValue("k", 9L, "/1/4/9/"));
        assertEquals("the region's value, as the first department of the region got it", 9,
                run.intValue("k", 10L, "/1/4/10/"));
        assertEquals(11, run.intValue("k", 11L, "/2/11/"));
        assertEquals(10, run.intValue("other", 10L, "/1/4/10/"));
        assertEquals("without a path: per department", 12, run.effective("k", 12L).intValue());
        assertEquals(12, run.effective("k", 12L).intValue());
        assertEquals(List.of(9L, 11L, 10L, 12L), asked);
    }
}
