package kz.police.lps.unit.district.internal.compliance;

import java.math.BigDecimal;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.org.OrgUnitKind;

/**
 * One warning of the staffing-norm compliance check.
 *
 * @param nodeId    the precinct or point it concerns
 * @param officerId the inspector it concerns (residents per inspector), or null
 * @param actual    the value found (residents, vehicles, m², precincts, points), or null when not recorded
 * @param limit     the norm's value it was compared with (for this node's region), or null for a checklist rule
 * @param detail    what is missing or where (rooms, the settlement), or null
 */
public record ComplianceWarning(ComplianceRule rule, String ruleId, String normKey, String lines,
        LocalizedText label, long nodeId, String nodeCode, OrgUnitKind nodeKind, Long officerId, BigDecimal actual,
        BigDecimal limit, LocalizedText detail) {

    static ComplianceWarning of(ComplianceRule rule, long nodeId, String nodeCode, OrgUnitKind kind, Long officerId,
            BigDecimal actual, BigDecimal limit, LocalizedText detail) {
        return new ComplianceWarning(rule, rule.ruleId(), rule.normKey(), rule.lines(), rule.label(), nodeId,
                nodeCode, kind, officerId, actual, limit, detail);
    }
}
