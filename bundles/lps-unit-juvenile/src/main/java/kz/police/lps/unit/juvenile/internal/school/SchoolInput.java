package kz.police.lps.unit.juvenile.internal.school;

/** A school as registered or changed by the head of the unit (every field is written; null clears optional ones). */
public record SchoolInput(Long departmentId, String name, String address, ShiftMode shiftMode, Integer studentCount,
        Long adjacentPrecinctId, String headName, String headPhone, Boolean videoSurveillance) {
}
