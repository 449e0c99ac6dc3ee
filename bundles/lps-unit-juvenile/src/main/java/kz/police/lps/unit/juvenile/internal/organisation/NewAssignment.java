package kz.police.lps.unit.juvenile.internal.organisation;

import java.time.LocalDate;

/**
 * An assignment to make. PRECINCT and TRANSPORT name {@code precinctId}; SCHOOL names {@code schoolId} and, when the
 * school inspector also takes the school's adjacent precinct (N-J3), {@code precinctId}. {@code startedOn} defaults
 * to the order's date.
 */
public record NewAssignment(Long officerId, AssignmentType type, Long precinctId, Long schoolId, String orderNo,
        LocalDate orderDate, String issuedBy, String officeLocation, LocalDate startedOn) {
}
