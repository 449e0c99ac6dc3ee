package kz.police.lps.unit.juvenile.internal.statement;

/** A generalisation to make: the month and the unit (organisation node) whose submitted statements it sums. */
public record NewSummary(String month, Long departmentId, String note) {
}
