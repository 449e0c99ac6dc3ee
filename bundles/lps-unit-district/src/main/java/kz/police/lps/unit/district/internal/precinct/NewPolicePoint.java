package kz.police.lps.unit.district.internal.precinct;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.org.SettlementType;

/** A new district police point under the district unit's node {@code unitId} of a city/district body. */
public record NewPolicePoint(Long unitId, String code, LocalizedText name, SettlementType settlementType) {
}
