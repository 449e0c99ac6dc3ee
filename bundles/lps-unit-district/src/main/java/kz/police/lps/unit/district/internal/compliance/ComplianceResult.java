package kz.police.lps.unit.district.internal.compliance;

import java.util.List;

/**
 * The staffing-norm compliance of a department's points and precincts: warnings only (the decree recommends, L181).
 *
 * @param departmentId the department checked, or null for the caller's whole scope
 */
public record ComplianceResult(Long departmentId, int points, int precincts, List<AppliedNorm> norms,
        List<ComplianceWarning> warnings) {
}
