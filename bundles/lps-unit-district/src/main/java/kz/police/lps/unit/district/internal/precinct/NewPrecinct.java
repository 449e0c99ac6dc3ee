package kz.police.lps.unit.district.internal.precinct;

import java.util.List;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.org.SettlementType;
import kz.police.lps.core.api.org.TerritoryEntry;

/**
 * A new precinct in a police point (WF-1): its node in the organisation tree.
 *
 * @param settlementType the point's when null
 * @param territory      the addresses it covers; a rural precinct names its settlement(s) (BR-07)
 */
public record NewPrecinct(Long pointId, String code, LocalizedText name, SettlementType settlementType,
        Integer residentCount, List<TerritoryEntry> territory) {
}
