package kz.police.lps.unit.district.internal.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An appointment case (УПИ лауазымына тағайындау, WF-2): the candidate for a vacant precinct, the petition deadline
 * computed from the norm of the candidate's kind and its task, the petition, the community meeting and the outcome.
 *
 * @param departmentId  the vacant precinct (owning department)
 * @param petitionDueAt the end of the petition's last day (the task's due instant)
 * @param taskId        the petition task
 */
public record AppointmentCase(Long id, Long departmentId, String candidateName, CandidateKind candidateKind,
        Long candidateOfficerId, LocalDate reportedOn, LocalDate acceptanceEndsOn, String petitionNormKey,
        Instant petitionDueAt, Long taskId, AppointmentStatus status, Petition petition, Meeting meeting,
        Outcome outcome, String createdBy, Instant createdAt, String updatedBy, Instant updatedAt, Long version) {

    /** The petition as sent; {@code late} when sent after its deadline day. */
    public record Petition(LocalDate sentOn, String executiveBody, String meetingPlace, LocalDateTime meetingAt,
            boolean late) {
    }

    public record Meeting(LocalDate heldOn, String place, boolean candidatePresented, boolean serviceRecordPresented,
            boolean characterisationPresented, Integer attendance, String residentsOpinion) {
    }

    public record Outcome(LocalDate closedOn, String orderNumber, LocalDate orderDate, String reason) {
    }
}
