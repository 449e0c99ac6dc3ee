package kz.police.lps.unit.district.internal.publicreport;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report to the population as held (УПИ-дің халық алдындағы есебі / отчёт участкового инспектора перед
 * населением, WF-5).
 *
 * @param departmentId the precinct
 * @param quarter      the quarter it counts for
 * @param taskId       the quarter's obligation task it completed, or null (none open: a second report, or the
 *                     scheduler had not created it)
 */
public record PublicReport(Long id, Long officerId, Long departmentId, String quarter, LocalDate heldOn, String venue,
        int audience, String prevention, String publicControl, String interaction, String legalEducation,
        String questionsRaised, String followUp, Long taskId, String createdBy, Instant createdAt, Long version) {
}
