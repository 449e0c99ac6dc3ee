package kz.police.lps.unit.district.internal.inspection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An entry of the inspectors' book (Annex 2 of Order 1095's Rules, L621-624).
 *
 * @param period  the period of the level's periodicity the inspection counts for ({@code 2026-11}, {@code 2026-Q4},
 *                {@code 2026-H2})
 * @param taskId  the recurring task it completed, if it was open
 */
public record Inspection(Long id, Long pointId, InspectorLevel level, String period, String inspectorName,
        String inspectorPosition, LocalDate inspectedOn, String pointFindings, String passportFindings,
        String proposals, Long taskId, Long departmentId, String createdBy, Instant createdAt, Long version) {
}
