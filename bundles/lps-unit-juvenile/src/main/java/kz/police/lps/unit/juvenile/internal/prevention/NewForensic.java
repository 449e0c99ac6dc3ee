package kz.police.lps.unit.juvenile.internal.prevention;

import java.time.LocalDate;
import java.util.Set;

/** What was taken at a forensic registration (at least one material) and when (today when null). */
public record NewForensic(Set<ForensicMaterial> materials, LocalDate takenOn, String note, Long officerId) {
}
