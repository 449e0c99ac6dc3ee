package kz.police.lps.unit.juvenile.internal.review;

import java.time.LocalDate;

/**
 * A review of the unit's results to record.
 *
 * @param unitId     the juvenile affairs unit (organisation node) reviewed
 * @param reviewedOn the day (not in the future); its period (month or quarter of the level) is the one completed
 */
public record NewReview(Long unitId, ReviewLevel level, LocalDate reviewedOn, String reviewerName,
        String reviewerPosition, String findings, String decisions) {
}
