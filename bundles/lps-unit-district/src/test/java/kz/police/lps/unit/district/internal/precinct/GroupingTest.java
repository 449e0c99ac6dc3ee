package kz.police.lps.unit.district.internal.precinct;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;

import kz.police.lps.core.api.org.TerritoryEntry;

public class GroupingTest {

    @Test
    public void anUrbanPointTakesPrecinctsUpToTheNorm() {
        // BR-06 (L329-331): with the norm at 7, the 8th is refused
        assertFalse(Grouping.urbanPointFull(6, 7));
        assertTrue(Grouping.urbanPointFull(7, 7));
        assertTrue(Grouping.urbanPointFull(4, 4));
    }

    @Test
    public void settlementsFoldKazakhLettersAndCase() {
        Set<String> keys = Grouping.settlementKeys(List.of(new TerritoryEntry("Үшқоңыр", null, null, null),
                new TerritoryEntry("ушконыр ", "Абай көшесі", 1, 10), new TerritoryEntry(" ", null, null, null)));
        assertEquals(Set.of("ушконыр"), keys);
    }

    @Test
    public void nullTerritoryEntriesAreSkipped() {
        List<TerritoryEntry> territory = new java.util.ArrayList<>();
        territory.add(null);
        territory.add(new TerritoryEntry("Көктерек", null, null, null));
        assertEquals(Set.of("коктерек"), Grouping.settlementKeys(territory));
    }

    @Test
    public void aRuralSettlementHasOnePoint() {
        // BR-07 (L330-331)
        Map<Long, Set<String>> served = Map.of(1L, Set.of("коктерек"), 2L, Set.of("сарыбулак"));
        assertEquals(List.of("коктерек"), Grouping.overServed(Set.of("коктерек"), 2L, served, 1));
        assertTrue("the point already serving it may take another precinct there",
                Grouping.overServed(Set.of("коктерек"), 1L, served, 1).isEmpty());
        assertTrue("a settlement nobody serves", Grouping.overServed(Set.of("жанаталап"), 2L, served, 1).isEmpty());
        assertTrue("a region allowing two", Grouping.overServed(Set.of("коктерек"), 2L, served, 2).isEmpty());
        assertEquals(List.of(1L), Grouping.otherPoints("коктерек", 2L, served));
    }
}
