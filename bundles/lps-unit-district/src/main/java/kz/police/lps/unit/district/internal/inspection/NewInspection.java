package kz.police.lps.unit.district.internal.inspection;

import java.time.LocalDate;

/**
 * An inspection to write into the inspectors' book. The Annex 2 form is not reproduced in the textbook (gap 3 of
 * §8.4), so the fields follow L616-624: the point, who inspected (level, name, position), when, the findings on the
 * point's work and on the keeping of the precinct passports, and proposals.
 */
public record NewInspection(Long pointId, InspectorLevel level, String inspectorName, String inspectorPosition,
        LocalDate inspectedOn, String pointFindings, String passportFindings, String proposals) {
}
