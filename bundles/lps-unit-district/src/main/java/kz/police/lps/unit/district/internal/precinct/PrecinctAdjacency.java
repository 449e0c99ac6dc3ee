package kz.police.lps.unit.district.internal.precinct;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.unit.district.internal.cover.Adjacency;
import kz.police.lps.unit.district.internal.cover.OrgTreeAdjacency;

/**
 * The cover orders' {@link Adjacency} from the precinct records (ranked above {@link OrgTreeAdjacency}): two
 * inspectors are adjacent when a precinct of one borders a precinct of the other as the head recorded it. Where the
 * head has recorded the neighbours of neither precinct yet, the organisation tree decides as before: two precincts of
 * the same police point border each other. An inspector's precincts are those assigned to them by order, else the
 * precinct they serve in ({@link Precincts}).
 */
@Component(service = Adjacency.class, property = "service.ranking:Integer=" + PrecinctAdjacency.RANKING)
public class PrecinctAdjacency implements Adjacency {

    static final int RANKING = 0;

    private final Precincts precincts;
    private final OrgService org;

    @Activate
    public PrecinctAdjacency(@Reference Precincts precincts, @Reference OrgService org) {
        this.precincts = precincts;
        this.org = org;
    }

    @Override
    public boolean adjacent(long officerA, long officerB) {
        List<Long> a = precincts.precinctsOfInspector(officerA);
        List<Long> b = precincts.precinctsOfInspector(officerB);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Map<Long, Set<Long>> neighbours = new HashMap<>();
        Map<Long, Long> parents = new HashMap<>();
        for (Long p : a) {
            load(p, neighbours, parents);
        }
        for (Long p : b) {
            load(p, neighbours, parents);
        }
        return decide(a, b, neighbours, parents);
    }

    private void load(long precinct, Map<Long, Set<Long>> neighbours, Map<Long, Long> parents) {
        neighbours.computeIfAbsent(precinct, precincts::adjacentTo);
        if (!parents.containsKey(precinct)) {
            try {
                parents.put(precinct, org.get(DistrictTree.SYSTEM, precinct).parentId());
            } catch (RuntimeException gone) {
                parents.put(precinct, null);
            }
        }
    }

    /**
     * Whether a precinct of {@code a} borders one of {@code b}: by the recorded neighbours of the pair when either
     * precinct has any recorded, else by sharing a parent (the same point).
     */
    static boolean decide(List<Long> a, List<Long> b, Map<Long, Set<Long>> neighbours, Map<Long, Long> parents) {
        for (Long pa : a) {
            for (Long pb : b) {
                if (pa.equals(pb)) {
                    continue;
                }
                Set<Long> na = neighbours.getOrDefault(pa, Set.of());
                Set<Long> nb = neighbours.getOrDefault(pb, Set.of());
                boolean adjacent = !na.isEmpty() || !nb.isEmpty() ? na.contains(pb) || nb.contains(pa)
                        : parents.get(pa) != null && parents.get(pa).equals(parents.get(pb));
                if (adjacent) {
                    return true;
                }
            }
        }
        return false;
    }
}
