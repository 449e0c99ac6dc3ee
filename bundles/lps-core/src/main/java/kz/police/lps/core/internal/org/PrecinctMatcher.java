package kz.police.lps.core.internal.org;

import java.util.Collection;
import java.util.Optional;

import kz.police.lps.core.api.org.TerritoryEntry;
import kz.police.lps.core.api.person.Address;
import kz.police.lps.core.api.person.Names;

/**
 * Decides which territory entry an address falls in. Settlement and street names are compared after
 * {@link Names#fold} (so "Қарағанды" matches "Караганды"); a house matches a range by its leading number
 * ("12А" → 12). The most specific entry wins: a house range on the street, then the whole street, then the whole
 * settlement.
 */
public final class PrecinctMatcher {

    /** A candidate entry with the precinct it belongs to. */
    public record Candidate(long precinctId, TerritoryEntry entry) {
    }

    private PrecinctMatcher() {
    }

    public static Optional<Candidate> bestMatch(Address address, Collection<Candidate> candidates) {
        if (address == null || address.settlement() == null) {
            return Optional.empty();
        }
        String settlement = Names.fold(address.settlement());
        String street = Names.fold(address.street());
        Integer house = houseNumber(address.house());
        Candidate best = null;
        int bestRank = 0;
        for (Candidate c : candidates) {
            int rank = rank(c.entry(), settlement, street, house);
            if (rank > bestRank) {
                best = c;
                bestRank = rank;
            }
        }
        return Optional.ofNullable(best);
    }

    /** 0 no match, 1 whole settlement, 2 whole street, 3 house range. */
    static int rank(TerritoryEntry entry, String settlement, String street, Integer house) {
        if (!settlement.equals(Names.fold(entry.settlement()))) {
            return 0;
        }
        if (entry.street() == null || entry.street().isBlank()) {
            return 1;
        }
        if (street == null || !street.equals(Names.fold(entry.street()))) {
            return 0;
        }
        if (entry.houseFrom() == null && entry.houseTo() == null) {
            return 2;
        }
        if (house == null) {
            return 0;
        }
        boolean above = entry.houseFrom() == null || house >= entry.houseFrom();
        boolean below = entry.houseTo() == null || house <= entry.houseTo();
        return above && below ? 3 : 0;
    }

    /** The leading number of a house designation ("12", "12А", "12/3"), or null when it has none. */
    static Integer houseNumber(String house) {
        if (house == null) {
            return null;
        }
        String h = house.trim();
        int end = 0;
        while (end < h.length() && end < 9 && Character.isDigit(h.charAt(end))) {
            end++;
        }
        return end == 0 ? null : Integer.valueOf(h.substring(0, end));
    }
}
