package kz.police.lps.unit.juvenile.internal.information;

import java.time.Instant;

/**
 * Significant information to report by баянат (L951-954).
 *
 * @param officerId  the reporting inspector; the caller's own when null
 * @param reportedAt when it is reported (not in the future); now when null. The report is due immediately
 * @param personId   the person it is about, in the person registry, if any
 * @param subject    the persons or facts of interest to the IAB, in short
 * @param facts      the information
 * @param recipient  the IAB management or the relevant IAB unit it goes to
 */
public record NewSignificantInfo(Long officerId, Instant reportedAt, Long personId, String subject, String facts,
        String recipient) {
}
