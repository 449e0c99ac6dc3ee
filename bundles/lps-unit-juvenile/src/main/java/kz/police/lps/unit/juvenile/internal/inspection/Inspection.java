package kz.police.lps.unit.juvenile.internal.inspection;

import java.time.Instant;
import java.time.LocalDate;

/** An entry of the journal of JAU work inspection results (N-J10, L1104-1110; Order 1098 form). */
public record Inspection(Long id, Long unitId, String period, LocalDate inspectedOn, String inspectorName,
        String inspectorPosition, String findings, String proposals, Long taskId, String createdBy,
        Instant createdAt, Long version) {
}
