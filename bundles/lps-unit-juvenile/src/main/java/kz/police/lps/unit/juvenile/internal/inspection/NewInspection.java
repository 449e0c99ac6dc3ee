package kz.police.lps.unit.juvenile.internal.inspection;

import java.time.LocalDate;

/**
 * An inspection of how the juvenile affairs unit's work is organised, to write into the journal.
 *
 * @param unitId      the juvenile affairs unit (organisation node) inspected
 * @param inspectedOn the day (not in the future); its quarter's task is completed
 */
public record NewInspection(Long unitId, LocalDate inspectedOn, String inspectorName, String inspectorPosition,
        String findings, String proposals) {
}
