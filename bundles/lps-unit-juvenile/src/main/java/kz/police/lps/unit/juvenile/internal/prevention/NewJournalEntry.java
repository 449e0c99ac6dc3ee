package kz.police.lps.unit.juvenile.internal.prevention;

import java.time.LocalDate;

/**
 * A registration through the unit (WF-J10, US-J33/J34): the core's placement and the journal entry.
 *
 * @param registerId           {@code juvenile.preventive-minors} or {@code juvenile.preventive-parents}
 * @param groundCode           a placement ground of that register (7 categories of minors, L1346-1371; 1 of parents)
 * @param basisDocument        the document the registration rests on (court decision, preventive-measure order,
 *                             protective order, release certificate, ...)
 * @param basisDate            that document's date, if known
 * @param departmentId         the owning department; the caller's own when null
 * @param responsibleOfficerId the supervising officer; the caller's own officer record when null
 * @param startedOn            the day of registration; today when null
 * @param sourceNoticeId       the inbound notice that led to it (L1451-1457, L1497-1499), if any
 */
public record NewJournalEntry(String registerId, Long personId, String groundCode, String basisDocument,
        LocalDate basisDate, Long departmentId, Long responsibleOfficerId, LocalDate startedOn, Long sourceNoticeId) {
}
