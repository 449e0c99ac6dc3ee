package kz.police.lps.unit.juvenile.internal.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A received probation list with its reconciliation against the register of minors. */
public record ProbationList(Long id, String month, String sender, LocalDate receivedOn, int itemCount,
        int discrepancies, List<Item> items, long departmentId, String createdBy, Instant createdAt) {

    /** A line: the person found by IIN (or null), their active registration (or null), and the comparison. */
    public record Item(int lineNo, String iin, String fullName, ProbationListKind listKind, Long personId,
            Long registrationId, Reconciliation result) {
    }
}
