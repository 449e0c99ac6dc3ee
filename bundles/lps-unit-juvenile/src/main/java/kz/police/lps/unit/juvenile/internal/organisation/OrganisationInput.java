package kz.police.lps.unit.juvenile.internal.organisation;

/** The unit's organisation as the head records it (every field is written). */
public record OrganisationInput(Boolean headPost, Long headOfficerId, Long seniorOfficerId, String premisesAddress,
        Boolean premisesPhone, Boolean premisesRadio, PremisesLocation premisesLocation) {
}
