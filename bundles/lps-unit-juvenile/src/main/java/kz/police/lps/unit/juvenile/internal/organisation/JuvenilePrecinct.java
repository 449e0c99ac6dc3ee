package kz.police.lps.unit.juvenile.internal.organisation;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.org.SettlementType;

/**
 * The juvenile view of a core precinct (domain §4.1): the serial number ({@code code}), name, settlement type and
 * boundaries stay the core's; the unit records the minors living in it (N-J3) and shows its juvenile inspector.
 *
 * @param residentMinors null until the head records it
 * @param version        the version of the unit's record (null before the first one)
 */
public record JuvenilePrecinct(long id, String code, LocalizedText name, Long parentId, SettlementType settlementType,
        Integer residentCount, Integer residentMinors, Assignment inspector, Long version) {
}
