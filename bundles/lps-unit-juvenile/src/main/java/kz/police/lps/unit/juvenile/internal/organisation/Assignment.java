package kz.police.lps.unit.juvenile.internal.organisation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A juvenile inspector's assignment by the head's order (domain §4.3): to an administrative precinct (a core PRECINCT
 * node), a transport precinct, or a school (with, for a school inspector, the adjacent precinct when N-J3 allows it).
 */
public record Assignment(Long id, long officerId, String officerName, AssignmentType type, Long precinctId,
        Long schoolId, String orderNo, LocalDate orderDate, String issuedBy, String officeLocation,
        LocalDate startedOn, boolean active, LocalDate endedOn, String endedBy, String endReason, long departmentId,
        String createdBy, Instant createdAt, Long version) {
}
