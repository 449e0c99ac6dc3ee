package kz.police.lps.unit.district.internal.compliance;

import java.util.Set;

import kz.police.lps.core.api.org.SettlementType;
import kz.police.lps.unit.district.internal.precinct.Premises;

/**
 * What the check knows of a police point.
 *
 * @param unitId          the district unit's node it belongs to (points of one unit share out its settlements)
 * @param regionId        the region whose norms apply
 * @param staffNumber     the staff number set by the head, or null
 * @param premises        the recorded premises, or null
 * @param servingOfficers the district officers serving in the point's node or its precincts' nodes
 */
public record PointFacts(long nodeId, String code, SettlementType settlementType, Long unitId, long regionId,
        Integer staffNumber, Long headOfficerId, boolean districtCentre, Premises premises,
        Set<Long> servingOfficers) {

    public PointFacts {
        servingOfficers = servingOfficers == null ? Set.of() : Set.copyOf(servingOfficers);
    }
}
