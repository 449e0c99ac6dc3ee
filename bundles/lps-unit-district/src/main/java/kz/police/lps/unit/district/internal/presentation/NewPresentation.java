package kz.police.lps.unit.district.internal.presentation;

import java.time.LocalDate;

/**
 * A presentation or instruction to issue: to a person of the registry ({@code personId}) or to a legal entity
 * ({@code entityName} and {@code entityBin}), one of the two.
 *
 * @param officerId the issuing inspector; null means the caller's own officer record
 * @param issuedOn  the day of issue (not in the future); null means today
 */
public record NewPresentation(PresentationKind kind, Long officerId, LocalDate issuedOn, Long personId,
        String entityName, String entityBin, String entityAddress, String causes, String measures) {
}
