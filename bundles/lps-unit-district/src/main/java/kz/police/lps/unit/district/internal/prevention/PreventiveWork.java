package kz.police.lps.unit.district.internal.prevention;

import java.time.Instant;
import java.time.LocalDate;

/** An entry of the individual preventive work log of a registration (US-28, L452-454, L643-646). */
public record PreventiveWork(Long id, Long registrationId, Long personId, LocalDate workDate,
        PreventiveActivity activity, String jointUnits, String notes, Long officerId, String createdBy,
        Instant createdAt) {
}
