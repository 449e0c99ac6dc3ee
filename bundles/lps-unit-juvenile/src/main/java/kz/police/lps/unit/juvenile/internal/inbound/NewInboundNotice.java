package kz.police.lps.unit.juvenile.internal.inbound;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice received (WF-J16).
 *
 * @param kind               which notice
 * @param personId           the minor it is about
 * @param sender             the investigator / body / penal institution that sent it
 * @param senderRef          its outgoing number, if any
 * @param eventAt            what the deadline counts from: the offence established (OFFENCE_NOTICE), the preventive
 *                           measure or the decision (SUSPECT_NOTICE), the procedural decision (STATEMENT)
 * @param releaseOn          PRE_RELEASE: the day of release
 * @param receivedAt         when the unit received it; now when null
 * @param suspectReason      SUSPECT_NOTICE: why the minor is named
 * @param fabula             STATEMENT: the case summary (L1463)
 * @param qualification      STATEMENT: the legal qualification (L1464)
 * @param preventiveMeasure  STATEMENT: the preventive measure (L1465)
 * @param sentToProsecutorOn STATEMENT: the day the case was sent to the prosecutor (L1466)
 * @param characterisation   STATEMENT: the minor's behaviour during the investigation (L1467-1469)
 * @param departmentId       the receiving department; the caller's own when null
 */
public record NewInboundNotice(NoticeKind kind, Long personId, String sender, String senderRef, Instant eventAt,
        LocalDate releaseOn, Instant receivedAt, SuspectReason suspectReason, String fabula, String qualification,
        String preventiveMeasure, LocalDate sentToProsecutorOn, String characterisation, String note,
        Long departmentId) {
}
