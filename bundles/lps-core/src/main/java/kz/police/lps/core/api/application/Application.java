package kz.police.lps.core.api.application;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A registered application or report.
 *
 * @param id                  the record's id
 * @param number              the registration number, unique per department and year and without gaps:
 *                            {@code <department code>-<year>-<000123>}
 * @param kindCode            its kind
 * @param unitId              the unit that claims the kind
 * @param restricted          need-to-know (copied from the kind when registered)
 * @param channel             how it came in
 * @param receivedAt          when it was received
 * @param applicant           who applied
 * @param summary             what it is about
 * @param departmentId        the owning department (organisation node)
 * @param departmentPath      that department's materialised path (for data scope)
 * @param assigneeId          the officer considering it, or null
 * @param normKey             the norm the deadline comes from
 * @param dueAt               the decision deadline: the norm counted from receipt by the working-day calendar
 * @param status              where it stands
 * @param decisionKind        the decision, once taken
 * @param decisionText        the decision's reasons or details
 * @param decidedAt           when it was decided
 * @param decidedBy           who decided (user name)
 * @param applicantNotifiedOn the day the applicant was told of the decision
 * @param notificationMethod  how the applicant was told
 * @param createdBy           who registered it
 * @param createdAt           when it was registered
 * @param version             for If-Match
 */
public record Application(Long id, String number, String kindCode, String unitId, boolean restricted,
        Channel channel, Instant receivedAt, Applicant applicant, String summary, Long departmentId,
        String departmentPath, Long assigneeId, String normKey, Instant dueAt, ApplicationStatus status,
        DecisionKind decisionKind, String decisionText, Instant decidedAt, String decidedBy,
        LocalDate applicantNotifiedOn, NotificationMethod notificationMethod, String createdBy, Instant createdAt,
        Long version) {

    /** Still under consideration and past its deadline. */
    public boolean overdueAt(Instant now) {
        return status.open() && dueAt.isBefore(now);
    }
}
