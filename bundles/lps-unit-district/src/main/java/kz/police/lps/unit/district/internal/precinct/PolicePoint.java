package kz.police.lps.unit.district.internal.precinct;

import java.time.Instant;
import java.util.List;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.org.SettlementType;

/**
 * A district police point (учаскелік полиция пункті, УПП / участковый пункт полиции): the core's node with the
 * district unit's record.
 *
 * @param unitId        the district unit's node the point belongs to
 * @param precinctIds   the precincts grouped in it (its child nodes)
 * @param staffNumber   the staff number set by the head's order {@code staffOrder} (BR-12, L327-329)
 * @param headOfficerId the inspector responsible for organising the point's work (L191-194, L317-318)
 * @param districtCentre whether a rural point sits in the district centre (≥ 1 vehicle per point, L202-203)
 * @param premises      the premises and vehicles, null until recorded
 * @param version       the record's version for If-Match; 0 while the unit holds no record of the point
 */
public record PolicePoint(Long nodeId, String code, LocalizedText name, SettlementType settlementType, Long unitId,
        List<Long> precinctIds, Integer staffNumber, OrderRef staffOrder, Long headOfficerId, boolean districtCentre,
        Premises premises, String updatedBy, Instant updatedAt, long version) {
}
