package kz.police.lps.unit.district.internal.compliance;

import java.math.BigDecimal;

/** The values of the staffing norms in force in one region (the act's, or the region's override). */
public record NormValues(int residentsPerInspectorCity, int residentsPerPointHeadCity, int residentsPerInspectorRural,
        int vehiclesPerPointCity, int vehiclesPerInspectorRural, int maxPrecinctsUrban, int pointsPerRuralSettlement,
        BigDecimal officeAreaPerOfficer) {
}
