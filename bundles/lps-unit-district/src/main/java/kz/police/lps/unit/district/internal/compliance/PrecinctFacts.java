package kz.police.lps.unit.district.internal.compliance;

import java.util.Map;

import kz.police.lps.core.api.org.SettlementType;

/**
 * What the check knows of a precinct.
 *
 * @param pointId     the point it is grouped in, or null
 * @param inspectorId its inspector (assigned by order, else serving in its node), or null when vacant
 * @param settlements its territory's settlements: folded key → the name as written
 */
public record PrecinctFacts(long nodeId, String code, Long pointId, SettlementType settlementType, long regionId,
        int residentCount, Long inspectorId, Map<String, String> settlements) {

    public PrecinctFacts {
        settlements = settlements == null ? Map.of() : Map.copyOf(settlements);
    }
}
