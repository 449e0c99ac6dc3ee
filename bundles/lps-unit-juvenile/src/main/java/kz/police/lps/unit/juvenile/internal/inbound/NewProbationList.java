package kz.police.lps.unit.juvenile.internal.inbound;

import java.time.LocalDate;
import java.util.List;

/**
 * A monthly list of the penal system's probation service (BR-J38, L1490-1495).
 *
 * @param month        the month the list covers, {@code YYYY-MM}
 * @param receivedOn   the day received; today when null
 * @param departmentId the receiving department; the caller's own when null
 * @param items        its lines: the minor's IIN and name, and whether registered with or removed from probation
 */
public record NewProbationList(String month, String sender, LocalDate receivedOn, Long departmentId,
        List<Line> items) {

    public record Line(String iin, String fullName, ProbationListKind listKind) {
    }
}
