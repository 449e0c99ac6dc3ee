package kz.police.lps.unit.juvenile.internal.prevention;

import java.time.LocalDate;

/**
 * An entry of preventive work (kind CONVERSATION, HOME_VISIT, OTHER) or a living-conditions inspection act (the acts
 * endpoint; findings required, L1194-1199).
 *
 * @param recordDate the day; today when null
 * @param officerId  the officer who did it; the caller's own when null (heads may name another)
 */
public record NewPreventiveRecord(RecordKind kind, LocalDate recordDate, String address, String participants,
        String findings, String recommendations, Long officerId) {
}
