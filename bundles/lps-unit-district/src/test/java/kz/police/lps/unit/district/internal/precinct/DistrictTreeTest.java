package kz.police.lps.unit.district.internal.precinct;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import org.junit.Test;

public class DistrictTreeTest {

    @Test
    public void theRootOfASubtreeIsTheLastNodeOfItsPath() {
        assertEquals(Long.valueOf(9), DistrictTree.nodeOf("/1/4/9/"));
        assertEquals(Long.valueOf(1), DistrictTree.nodeOf("/1/"));
        assertNull("everything: every region", DistrictTree.nodeOf("/"));
        assertNull(DistrictTree.nodeOf(null));
        assertNull(DistrictTree.nodeOf("/1/4"));
        assertNull(DistrictTree.nodeOf("/1/x/"));
    }
}
