package kz.police.lps.unit.district.internal.prevention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A forensic registration of a person on the preventive register (US-29, L581-584). */
public record ForensicRegistration(Long id, Long registrationId, Long personId, LocalDate takenOn,
        Set<ForensicMaterial> materials, String note, Long officerId, String createdBy, Instant createdAt) {
}
