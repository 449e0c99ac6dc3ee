package kz.police.lps.unit.district.internal.cover;

/**
 * Whether two district inspectors serve adjacent administrative precincts (шектес әкімшілік учаске): only the
 * inspector of an adjacent precinct may cover a long absence (textbook L369-374, BR-14).
 * <p>
 * A DS service, so the rule can be swapped without touching the cover orders: {@link OrgTreeAdjacency} is the default
 * (ranking {@value OrgTreeAdjacency#RANKING}); a service with a higher {@code service.ranking} (e.g. one reading the
 * precincts' explicit adjacency) replaces it, since {@link CoverOrders} takes the highest-ranked one greedily.
 */
public interface Adjacency {

    /** Whether the precincts the two officers serve are adjacent (false when either serves no precinct). */
    boolean adjacent(long officerA, long officerB);
}
