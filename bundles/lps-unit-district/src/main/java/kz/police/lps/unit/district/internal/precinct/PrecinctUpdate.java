package kz.police.lps.unit.district.internal.precinct;

import java.util.List;

/**
 * What the head of the city/district body records about a precinct (the whole record is replaced): the serial number
 * with its order (BR-11), the boundaries (BR-12), the inspector with the assignment order (L323-326) and the adjacent
 * precincts.
 */
public record PrecinctUpdate(Integer serialNumber, OrderRef serialOrder, Boundaries boundaries, Long inspectorId,
        OrderRef assignmentOrder, List<Long> adjacentPrecinctIds) {
}
