package kz.police.lps.unit.district.internal.precinct;

import java.time.Instant;
import java.util.List;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.org.SettlementType;

/**
 * An administrative precinct (әкімшілік учаске / административный участок): the core's organisation node (code,
 * name, settlement type, residents, the point it is grouped in) with the district unit's record.
 *
 * @param pointId           the district police point the precinct is grouped in (its parent node), or null
 * @param serialNumber      the serial number given by the head's order {@code serialOrder} (BR-11, L333-335)
 * @param boundaries        the boundaries and their basis, approved by the head (BR-12, L326-329, L350-354)
 * @param inspectorId       the precinct's inspector: the one assigned by order ({@code assignedByOrder}, L323-326), or
 *                          else the district inspector serving in the precinct's node
 * @param adjacentPrecinctIds the bordering precincts, whose inspectors may cover this one (L369-374)
 * @param version           the record's version for If-Match; 0 while the unit holds no record of the precinct
 */
public record Precinct(Long nodeId, String code, LocalizedText name, SettlementType settlementType,
        Integer residentCount, Long pointId, Integer serialNumber, OrderRef serialOrder, Boundaries boundaries,
        Long inspectorId, boolean assignedByOrder, OrderRef assignmentOrder, List<Long> adjacentPrecinctIds,
        String updatedBy, Instant updatedAt, long version) {
}
