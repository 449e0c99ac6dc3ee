package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.util.List;

/** An academic year's four quarters and where the dates come from (e.g. the education ministry's order). */
public record AcademicYearInput(List<AcademicQuarterInput> quarters, String source) {
}
