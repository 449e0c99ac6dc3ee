package kz.police.lps.core.internal.org;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import kz.police.lps.core.api.org.TerritoryEntry;
import kz.police.lps.core.api.person.Address;

public class PrecinctMatcherTest {

    private static final List<PrecinctMatcher.Candidate> TERRITORY = List.of(
            new PrecinctMatcher.Candidate(1, new TerritoryEntry("Ақжар", null, null, null)),
            new PrecinctMatcher.Candidate(2, new TerritoryEntry("Ақжар", "Абай даңғылы", null, null)),
            new PrecinctMatcher.Candidate(3, new TerritoryEntry("Ақжар", "Төле би көшесі", 1, 49)),
            new PrecinctMatcher.Candidate(4, new TerritoryEntry("Ақжар", "Төле би көшесі", 50, null)),
            new PrecinctMatcher.Candidate(5, new TerritoryEntry("Көктерек", null, null, null)));

    private static Long resolve(String settlement, String street, String house) {
        return PrecinctMatcher.bestMatch(new Address(null, null, settlement, street, house, null), TERRITORY)
                .map(PrecinctMatcher.Candidate::precinctId).orElse(null);
    }

    @Test
    public void houseRangeBeatsStreetBeatsSettlement() {
        assertEquals(Long.valueOf(3), resolve("Ақжар", "Төле би көшесі", "12"));
        assertEquals(Long.valueOf(4), resolve("Ақжар", "Төле би көшесі", "50"));
        assertEquals(Long.valueOf(4), resolve("Ақжар", "Төле би көшесі", "250/3"));
        assertEquals(Long.valueOf(2), resolve("Ақжар", "Абай даңғылы", "7"));
        assertEquals(Long.valueOf(1), resolve("Ақжар", "Сейфуллин көшесі", "7"));
        assertEquals(Long.valueOf(5), resolve("Көктерек", null, null));
    }

    @Test
    public void rangeEndsAreInclusiveAndLettersAfterNumberIgnored() {
        assertEquals(Long.valueOf(3), resolve("Ақжар", "Төле би көшесі", "1"));
        assertEquals(Long.valueOf(3), resolve("Ақжар", "Төле би көшесі", "49А"));
    }

    @Test
    public void letterVariantsAndCaseMatch() {
        assertEquals(Long.valueOf(3), resolve("Акжар", "ТОЛЕ БИ КОШЕСИ", "12"));
        assertEquals(Long.valueOf(5), resolve("коктерек", null, null));
    }

    @Test
    public void unknownSettlementOrMissingAddressResolvesToNothing() {
        assertNull(resolve("Жаңаауыл", "Абай даңғылы", "1"));
        assertNull(resolve(null, null, null));
        assertTrue(PrecinctMatcher.bestMatch(null, TERRITORY).isEmpty());
    }

    @Test
    public void houseWithoutNumberFallsBackToWholeSettlement() {
        assertEquals(Long.valueOf(1), resolve("Ақжар", "Төле би көшесі", "б/н"));
        assertNull(PrecinctMatcher.houseNumber("б/н"));
        assertEquals(Integer.valueOf(12), PrecinctMatcher.houseNumber(" 12А "));
    }
}
