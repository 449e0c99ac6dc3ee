package kz.police.lps.unit.district.internal.precinct;

import java.math.BigDecimal;

/**
 * A point's premises (L385-393) and means (L199-206, L395-400).
 *
 * @param officeArea       the work offices' area, m² (≥ 7.5 m² per officer, BR-08)
 * @param rooms            the rooms a point must have (BR-09)
 * @param buildingType     its own building, a shared or a residential one (BR-10)
 * @param separateEntrance whether it has an entrance of its own (needed in a shared or residential building)
 * @param centralLocation  whether it lies in the centre of the precinct (micro-district) (L392-393)
 * @param vehicles         the vehicles the point has
 * @param receptionPhone   the point's phone shown on its plate
 * @param dutyPhone        the city/district duty unit's phone shown on the plate
 */
public record Premises(BigDecimal officeArea, Rooms rooms, BuildingType buildingType, Boolean separateEntrance,
        Boolean centralLocation, Integer vehicles, String receptionPhone, String dutyPhone) {
}
