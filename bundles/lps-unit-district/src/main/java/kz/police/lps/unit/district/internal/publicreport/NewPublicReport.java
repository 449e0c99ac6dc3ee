package kz.police.lps.unit.district.internal.publicreport;

import java.time.LocalDate;

/**
 * A report to the population as held. The four content sections follow the tasks of Government Decree 723 of
 * 6 Nov 2018 (L265-279).
 *
 * @param officerId       the reporting inspector; the caller's own officer record when null
 * @param precinctId      the administrative precinct whose population was reported to
 * @param quarter         the quarter it counts for ({@code 2026-Q4}); the quarter of {@code heldOn} when null, and
 *                        {@code heldOn} must lie in it
 * @param audience        residents present
 * @param prevention      (1) the state of offence prevention, public order and the fight against crime
 * @param publicControl   (2) the development of public control
 * @param interaction     (3) interaction with state bodies, public associations, organisations and citizens
 * @param legalEducation  (4) legal education of citizens on the work of the police
 * @param questionsRaised questions and proposals of the residents
 * @param followUp        what will be done about them
 */
public record NewPublicReport(Long officerId, Long precinctId, String quarter, LocalDate heldOn, String venue,
        Integer audience, String prevention, String publicControl, String interaction, String legalEducation,
        String questionsRaised, String followUp) {
}
