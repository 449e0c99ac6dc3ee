package kz.police.lps.core.api.org;

import java.util.List;

import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * A node of the organisation tree.
 *
 * @param code          a code unique in the region, e.g. {@code KRG-ALM-UPP-02}; for precincts the serial number given
 *                      by the head's order (textbook L333-335)
 * @param unitType      for {@link OrgUnitKind#UNIT} and below: the unit id ({@code district}, {@code juvenile}, ...)
 * @param path          materialised path of ids, e.g. {@code /1/2/5/} (read-only); data scope is a path prefix
 * @param residentCount precincts: residents of the territory (drives the staffing norms)
 * @param territory     precincts: the addresses the precinct covers
 */
public record OrgUnit(Long id, OrgUnitKind kind, String code, LocalizedText name, Long parentId, String unitType,
        String path, SettlementType settlementType, Integer residentCount, List<TerritoryEntry> territory,
        Long version) {

    public OrgUnit {
        territory = territory == null ? List.of() : List.copyOf(territory);
    }
}
