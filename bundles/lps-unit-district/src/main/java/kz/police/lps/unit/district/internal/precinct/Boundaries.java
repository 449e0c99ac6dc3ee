package kz.police.lps.unit.district.internal.precinct;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A precinct's boundaries and their basis: population density and size and, in rural areas, the distances between
 * settlements (L350-352); set and approved by the head of the city/district body (BR-12, L326-329, L352-354).
 *
 * @param description         the boundaries in words (streets, house ranges, landmarks)
 * @param populationDensity   residents per km² (the resident count is the node's)
 * @param settlementDistances rural: the distances between the settlements of the precinct
 * @param order               the head's order approving them, if one was issued
 * @param approvedBy          who approved them (read-only: the head who recorded them)
 * @param approvedAt          when (read-only)
 */
public record Boundaries(String description, BigDecimal populationDensity, String settlementDistances, OrderRef order,
        String approvedBy, Instant approvedAt) {
}
