package kz.police.lps.unit.juvenile.internal.referral;

import java.time.LocalDate;

/**
 * Materials being prepared for the court or the Commission.
 *
 * @param minorPersonId  the minor concerned
 * @param parentPersonId parental-rights case: the parent or legal representative
 * @param ground         referral: {@code EVASION_OF_SCHOOLING} or {@code CRIMINAL_OFFENCE} only (BR-J44);
 *                       parental rights: {@code DEPRIVATION} or {@code LIMITATION}
 * @param addressee      referral: the court or the Commission; parental rights: the Commission (BR-J45)
 * @param evidence       the materials collected
 * @param preparedOn     the day; today when null
 */
public record NewMaterialsCase(Long minorPersonId, Long parentPersonId, String ground, Addressee addressee,
        String evidence, LocalDate preparedOn, Long departmentId) {
}
