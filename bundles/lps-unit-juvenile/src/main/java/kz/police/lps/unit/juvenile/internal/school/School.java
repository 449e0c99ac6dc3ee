package kz.police.lps.unit.juvenile.internal.school;

import java.time.Instant;

/**
 * An educational organisation (білім беру ұйымы, domain §4.5) in a department's territory: its shift mode and number
 * of students (the N-J3 rule, L870-875), the administrative precinct adjacent to it (L872-873), its head, and whether
 * it is equipped with video surveillance (the author's recommendation, L853-857).
 */
public record School(Long id, long departmentId, String name, String address, ShiftMode shiftMode, int studentCount,
        Long adjacentPrecinctId, String headName, String headPhone, boolean videoSurveillance, String createdBy,
        Instant createdAt, Long version) {
}
