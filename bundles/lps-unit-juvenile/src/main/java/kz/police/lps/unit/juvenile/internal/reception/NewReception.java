package kz.police.lps.unit.juvenile.internal.reception;

import java.time.Instant;

/**
 * A citizen reception to enter in the journal.
 *
 * @param officerId       the receiving inspector; the caller's own when null
 * @param receivedAt      when (not in the future); now when null
 * @param visitorPersonId the visitor in the person registry; or else their name and contact
 * @param filing          also registers an application of kind {@code juvenile.citizen-reception}, or null
 */
public record NewReception(Long officerId, Instant receivedAt, Long visitorPersonId, String visitorName,
        String visitorContact, String subject, String actionTaken, ReceptionFiling filing) {
}
