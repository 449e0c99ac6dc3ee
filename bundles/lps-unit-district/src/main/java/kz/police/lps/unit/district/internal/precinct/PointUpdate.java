package kz.police.lps.unit.district.internal.precinct;

/**
 * What the head of the city/district body sets for a point: the staff number with its order (BR-12, L327-329), the
 * inspector heading it and whether it sits in the district centre.
 */
public record PointUpdate(Integer staffNumber, OrderRef staffOrder, Long headOfficerId, Boolean districtCentre) {
}
