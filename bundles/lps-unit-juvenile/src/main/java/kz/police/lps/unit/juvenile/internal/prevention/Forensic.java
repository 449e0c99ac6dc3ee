package kz.police.lps.unit.juvenile.internal.prevention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** A forensic registration record, as read. */
public record Forensic(Long id, long registrationId, long personId, LocalDate takenOn, Set<ForensicMaterial> materials,
        String note, Long officerId, String createdBy, Instant createdAt) {
}
