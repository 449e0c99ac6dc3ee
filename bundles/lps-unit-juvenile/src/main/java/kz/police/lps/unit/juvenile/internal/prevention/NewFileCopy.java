package kz.police.lps.unit.juvenile.internal.prevention;

import java.time.LocalDate;

/**
 * A request for copies from a minor's accumulation file and the copies sent (US-J42, L1447-1449).
 *
 * @param requestedBy who asked (the investigator and the body)
 * @param requestRef  the request's outgoing number, if any
 * @param requestedOn the day of the request
 * @param sentOn      the day the copies went; today when null
 * @param documents   which documents were copied
 * @param noticeId    the inbound notice the request came with, if any
 */
public record NewFileCopy(String requestedBy, String requestRef, LocalDate requestedOn, LocalDate sentOn,
        String documents, Long noticeId) {
}
