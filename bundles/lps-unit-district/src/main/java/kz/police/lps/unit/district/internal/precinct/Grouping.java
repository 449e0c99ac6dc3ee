package kz.police.lps.unit.district.internal.precinct;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import kz.police.lps.core.api.org.TerritoryEntry;
import kz.police.lps.core.api.person.Names;

/**
 * How precincts are grouped into district police points (WF-1 step 4, L329-331), as pure rules. The grouping itself is
 * the core's organisation tree: a precinct sits under its point.
 */
public final class Grouping {

    private Grouping() {
    }

    /**
     * BR-06: an urban point groups at most {@code max} precincts (norm {@code district.dpp.max-precincts-urban});
     * whether one more precinct would exceed it when the point already holds {@code existing}.
     */
    public static boolean urbanPointFull(int existing, int max) {
        return existing + 1 > max;
    }

    /**
     * The settlements of a territory, folded for comparison (case, ё/е, Kazakh letters), sorted; null entries (refused
     * on input) are skipped.
     */
    public static Set<String> settlementKeys(Collection<TerritoryEntry> territory) {
        Set<String> keys = new TreeSet<>();
        for (TerritoryEntry t : territory) {
            if (t != null && t.settlement() != null && !t.settlement().isBlank()) {
                keys.add(Names.fold(t.settlement().strip()));
            }
        }
        return keys;
    }

    /**
     * BR-07: in rural areas one point per settlement (norm {@code district.dpp.per-rural-settlement}). Given the
     * settlements the other points of the unit serve, the settlements of the new precinct that would then be served by
     * more than {@code maxPoints} points once the precinct joins {@code pointId}.
     *
     * @param settlementsByPoint the folded settlements each rural point of the unit serves through its precincts
     */
    public static List<String> overServed(Set<String> newSettlements, long pointId,
            Map<Long, Set<String>> settlementsByPoint, int maxPoints) {
        List<String> over = new ArrayList<>();
        for (String s : newSettlements) {
            long others = settlementsByPoint.entrySet().stream()
                    .filter(e -> e.getKey() != pointId && e.getValue().contains(s)).count();
            if (others + 1 > maxPoints) {
                over.add(s);
            }
        }
        return over;
    }

    /** The points other than {@code pointId} that serve the folded settlement. */
    public static List<Long> otherPoints(String settlement, long pointId, Map<Long, Set<String>> settlementsByPoint) {
        return settlementsByPoint.entrySet().stream()
                .filter(e -> e.getKey() != pointId && e.getValue().contains(settlement)).map(Map.Entry::getKey)
                .sorted().toList();
    }
}
