package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.LocalDate;

/** One quarter of an academic year as the head sets it (PUT /juvenile/academic-calendar/{startYear}). */
public record AcademicQuarterInput(Integer quarter, LocalDate startsOn, LocalDate endsOn, LocalDate vacationFrom,
        LocalDate vacationTo) {
}
