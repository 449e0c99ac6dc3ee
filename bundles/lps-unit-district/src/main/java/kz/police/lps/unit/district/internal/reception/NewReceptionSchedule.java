package kz.police.lps.unit.district.internal.reception;

import java.util.List;

/**
 * A draft reception schedule of a police point.
 *
 * @param receptionHours the reception days and hours (L395-400)
 * @param operatingHours the point's operating hours
 * @param pointPhone     the point's phone
 * @param dutyUnitPhone  the phone of the city/district body's duty unit
 */
public record NewReceptionSchedule(List<ReceptionSlot> receptionHours, List<ReceptionSlot> operatingHours,
        String pointPhone, String dutyUnitPhone, String note) {
}
