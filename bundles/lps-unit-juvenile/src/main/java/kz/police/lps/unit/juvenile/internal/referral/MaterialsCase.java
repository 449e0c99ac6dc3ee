package kz.police.lps.unit.juvenile.internal.referral;

import java.time.Instant;
import java.time.LocalDate;

/** Materials for the court or the Commission, as read (domain §4.13). */
public record MaterialsCase(Long id, MaterialsKind kind, long minorPersonId, Long parentPersonId,
        MaterialsGround ground, Addressee addressee, MaterialsStatus status, String evidence, LocalDate preparedOn,
        LocalDate sentOn, LocalDate claimFiledOn, CaseDecision decision, LocalDate decidedOn, String decisionNote,
        Long officerId, long departmentId, String createdBy, Instant createdAt, Long version) {
}
