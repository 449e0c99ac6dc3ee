package kz.police.lps.core.api.report;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import kz.police.lps.core.api.calendar.ReportingPeriod;

/**
 * The parameters a report takes.
 *
 * @param period      whether a reporting period is required, optional or not taken
 * @param periodKinds the kinds of period the report accepts (month, quarter, half-year, year)
 * @param department  whether a department is required, optional (default: the caller's whole scope) or not taken
 */
public record ReportParameters(Use period, Set<ReportingPeriod.Kind> periodKinds, Use department) {

    /** How a report uses a parameter. */
    public enum Use {
        REQUIRED, OPTIONAL, UNUSED
    }

    public ReportParameters {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(department, "department");
        periodKinds = periodKinds == null || periodKinds.isEmpty() ? Set.copyOf(EnumSet.allOf(ReportingPeriod.Kind.class))
                : Set.copyOf(periodKinds);
    }

    /** A required period of any kind and an optional department: what periodic statements take. */
    public static ReportParameters periodAndDepartment() {
        return new ReportParameters(Use.REQUIRED, null, Use.OPTIONAL);
    }

    /** A required period of one of these kinds and an optional department. */
    public static ReportParameters periodOf(ReportingPeriod.Kind... kinds) {
        return new ReportParameters(Use.REQUIRED, Set.of(kinds), Use.OPTIONAL);
    }
}
