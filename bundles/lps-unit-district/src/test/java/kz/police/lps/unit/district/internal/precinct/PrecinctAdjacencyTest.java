package kz.police.lps.unit.district.internal.precinct;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;

public class PrecinctAdjacencyTest {

    private static final Map<Long, Long> SAME_POINT = Map.of(1L, 10L, 2L, 10L, 3L, 20L);

    @Test
    public void withoutRecordedNeighboursPrecinctsOfOnePointBorder() {
        assertTrue(PrecinctAdjacency.decide(List.of(1L), List.of(2L), Map.of(), SAME_POINT));
        assertFalse(PrecinctAdjacency.decide(List.of(1L), List.of(3L), Map.of(), SAME_POINT));
        assertFalse("not adjacent to itself", PrecinctAdjacency.decide(List.of(1L), List.of(1L), Map.of(),
                SAME_POINT));
    }

    @Test
    public void recordedNeighboursDecide() {
        // the head recorded 1 | 3 (across points): 1 and 3 border, 1 and 2 (same point) no longer do
        Map<Long, Set<Long>> recorded = Map.of(1L, Set.of(3L), 3L, Set.of(1L));
        assertTrue(PrecinctAdjacency.decide(List.of(1L), List.of(3L), recorded, SAME_POINT));
        assertFalse(PrecinctAdjacency.decide(List.of(1L), List.of(2L), recorded, SAME_POINT));
        // an inspector with two precincts borders through either
        assertTrue(PrecinctAdjacency.decide(List.of(2L, 1L), List.of(3L), recorded, SAME_POINT));
    }
}
