package kz.police.lps.unit.district.internal.appointment;

import java.time.LocalDate;

/**
 * A candidate for a vacant precinct.
 *
 * @param vacancyId          the vacant administrative precinct (an organisation node id)
 * @param candidateKind      serving officer or new entrant
 * @param candidateName      the candidate's full name; for a serving officer taken from their record when absent
 * @param candidateOfficerId a serving candidate's officer record
 * @param reportedOn         a serving candidate: the day of their report (баянат) to HR
 * @param acceptanceEndsOn   a new entrant: the last day of the document acceptance period for the vacancy
 */
public record NewAppointmentCase(Long vacancyId, CandidateKind candidateKind, String candidateName,
        Long candidateOfficerId, LocalDate reportedOn, LocalDate acceptanceEndsOn) {
}
