package kz.police.lps.unit.juvenile.internal.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An entry of the journal of minors delivered to the IAB (US-J26), as the API shows it: the delivery, the
 * questioning, the checks and referrals, the outcome and, for a minor living outside the service area, the notice to
 * the IAB at the place of residence with its outgoing number. {@code closed}: the outcome recorded and no notice due.
 */
public record Delivery(Long id, String journalNumber, Long departmentId, Long officerId, Long personId,
        Instant deliveredAt, String deliveredTo, DeliveryGround ground, String groundDetails, String place,
        List<Long> representativeIds, String upbringingConditions, String causesAndConditions,
        String involvingPersons, String prohibitedSalePlaces, Long raidId, DeliveryStatus status,
        Questioning questioning, RecordChecks checks, DeliveryOutcome outcome, Instant outcomeAt, Long handedToId,
        String handoverImpossibleReason, Long placementId, boolean outOfArea, AreaBasis outOfAreaBasis,
        String residenceUnit, Notice notice, boolean closed, String createdBy, Instant createdAt, Long version) {

    /**
     * The questioning (N-J31): who was present for the minor, in what capacity, whether the core's relations
     * confirm it.
     */
    public record Questioning(Instant questionedAt, Long representativeId, RepresentativeCapacity capacity,
            boolean capacityFromRelations, String summary) {
    }

    /** The checks against records (US-J28) and the referrals (BR-J23). */
    public record RecordChecks(Instant checkedAt, String recordsCheckResult, String psychiatricCheckResult,
            String medicalReferralTo, String healthReferralTo) {
    }

    /** The notice to the IAB at the minor's place of residence (BR-J28). */
    public record Notice(Long taskId, Instant dueAt, String outgoingNumber, LocalDate sentOn, boolean sent) {
    }
}
