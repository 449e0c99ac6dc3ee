package kz.police.lps.unit.district.internal.information;

import java.time.LocalDate;

/**
 * A significant-information message to record.
 *
 * @param officerId   the officer who collected it; null means the caller's own officer record
 * @param date        the day it was passed on (not in the future); null means today
 * @param sensitivity null means {@link Sensitivity#ORDINARY}
 */
public record NewSignificantInfo(Long officerId, LocalDate date, String subject, String summary, String source,
        String recipient, Sensitivity sensitivity) {
}
