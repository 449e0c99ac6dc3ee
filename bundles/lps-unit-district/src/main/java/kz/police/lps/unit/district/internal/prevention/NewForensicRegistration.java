package kz.police.lps.unit.district.internal.prevention;

import java.time.LocalDate;
import java.util.Set;

/**
 * A forensic registration to record (US-29).
 *
 * @param takenOn   the day; today when null
 * @param materials what was taken: at least one
 * @param officerId the officer who brought the person; the caller's own officer record when null
 */
public record NewForensicRegistration(LocalDate takenOn, Set<ForensicMaterial> materials, String note,
        Long officerId) {
}
