package kz.police.lps.unit.juvenile.internal.delivery;

import java.time.LocalDate;

import kz.police.lps.unit.juvenile.internal.placement.CentreCategory;

/** The bodies of the steps after registration (WF-J7 steps 4-9). */
public final class DeliverySteps {

    private DeliverySteps() {
    }

    /**
     * The questioning (N-J31, L1279-1280): the parent or legal representative present is required
     * ({@code representativeId}, a core person); {@code capacity} is required unless the core's relations record the
     * person as the minor's parent or guardian.
     */
    public record QuestioningInput(Long representativeId, RepresentativeCapacity capacity, String summary) {
    }

    /**
     * The checks (US-J28, L1282-1284) and referrals (BR-J23, L1286-1292): {@code intoxicationSuspected} requires the
     * medical examination referral (assumed for a delivery on the intoxication ground), {@code injuryOrIllness} the
     * health organisation.
     */
    public record ChecksInput(String recordsCheckResult, String psychiatricCheckResult,
            Boolean intoxicationSuspected, String medicalReferralTo, Boolean injuryOrIllness,
            String healthReferralTo) {
    }

    /**
     * The outcome (L1294-1298): handed to a parent or legal representative ({@code handedToId}), or placed in the
     * adaptation centre — then the reason the hand-over is impossible, the category and the centre are required
     * (BR-J24, BR-J25) and a placement resolution is issued in the same transaction.
     */
    public record OutcomeInput(DeliveryOutcome outcome, Long handedToId, String handoverImpossibleReason,
            CentreCategory category, String centreName) {
    }

    /** The notice sent to the IAB at the minor's place of residence (BR-J28): outgoing number, day, recipient. */
    public record NoticeInput(String outgoingNumber, LocalDate sentOn, String residenceUnit) {
    }
}
