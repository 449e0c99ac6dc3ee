package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** End-of-quarter statements (N-J12, BR-J14, US-J18) and annual reviews (N-J13, BR-J15, US-J19). */
public final class StatementDtos {

    private StatementDtos() {
    }

    /** A statement to issue; blank texts are taken from the pre-filled draft. */
    public record NewStatement(Long schoolId, Integer startYear, Integer quarter, LocalDate issuedOn,
            String offending, String measures, String proposals) {
    }

    /**
     * What the quarter's records say (inference of US-J18: pre-filled from the recorded incidents and plan items):
     * incidents by kind, councils held or initiated, plan items done of all, and the texts drafted from them.
     */
    public record Draft(long schoolId, String quarterCode, LocalDate quarterStartsOn, LocalDate quarterEndsOn,
            Long planId, Map<IncidentKind, Integer> incidentsByKind, int incidents, int councils, int itemsDone,
            int itemsTotal, String offending, String measures, String proposals) {
    }

    public record Statement(Long id, long departmentId, long schoolId, String quarterCode, long inspectorId,
            Long planId, LocalDate issuedOn, String offending, String measures, String proposals, int incidents,
            int councils, int itemsDone, int itemsTotal, String createdBy, Instant createdAt, Long version) {
    }

    public record NewAnnualReview(Long departmentId, Integer startYear, LocalDate reviewedOn, String participants,
            String results) {
    }

    public record AnnualReview(Long id, long departmentId, int startYear, LocalDate reviewedOn, String participants,
            String results, String createdBy, Instant createdAt, Long version) {
    }
}
