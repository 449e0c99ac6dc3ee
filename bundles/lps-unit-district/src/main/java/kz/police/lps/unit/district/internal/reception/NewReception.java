package kz.police.lps.unit.district.internal.reception;

import java.time.Instant;

/**
 * A reception to enter in the journal.
 *
 * @param pointId         the police point; null means the point the receiving officer serves at
 * @param receivedAt      when the visitor was received (not in the future); null means now
 * @param officerId       the receiving officer; null means the caller's own officer record
 * @param visitorPersonId the visitor in the person registry; or else their name and a contact or address
 * @param actionTaken     what was done: explained, accepted, measures taken
 * @param referredTo      where the visitor was referred, if anywhere
 * @param filing          files the reception in the applications intake as well (WF-9), or null
 */
public record NewReception(Long pointId, Instant receivedAt, Long officerId, Long visitorPersonId,
        String visitorName, String visitorContact, String visitorAddress, String subject, String actionTaken,
        String referredTo, ReceptionFiling filing) {
}
