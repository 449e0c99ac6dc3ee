package kz.police.lps.core.api.application;

import java.time.LocalDate;

/**
 * Filters for {@link ApplicationService#search}; null means any.
 *
 * @param status       in this status
 * @param kindCode     of this kind
 * @param unitId       of a kind of this unit
 * @param assigneeId   given to this officer
 * @param overdue      true: still open and past the deadline; false: not overdue
 * @param departmentId owned by this department or a node under it
 * @param personId     filed by this person of the registry
 * @param receivedFrom received on or after this day (in the calendar's zone)
 * @param receivedTo   received on or before this day
 */
public record ApplicationQuery(ApplicationStatus status, String kindCode, String unitId, Long assigneeId,
        Boolean overdue, Long departmentId, Long personId, LocalDate receivedFrom, LocalDate receivedTo) {

    public static ApplicationQuery any() {
        return new ApplicationQuery(null, null, null, null, null, null, null, null, null);
    }
}
