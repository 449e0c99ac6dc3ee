package kz.police.lps.core.api.task;

import java.time.LocalDate;
import java.util.Optional;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormUnit;

/** The reporting period a periodicity norm ("at least N per month/quarter/half-year/year") counts in. */
public final class Periodicity {

    private Periodicity() {
    }

    /** The period kind of a norm in {@code PER_MONTH}, {@code PER_QUARTER}, {@code PER_HALF_YEAR}, {@code PER_YEAR}. */
    public static Optional<ReportingPeriod.Kind> kindOf(NormUnit unit) {
        return Optional.ofNullable(switch (unit) {
            case PER_MONTH -> ReportingPeriod.Kind.MONTH;
            case PER_QUARTER -> ReportingPeriod.Kind.QUARTER;
            case PER_HALF_YEAR -> ReportingPeriod.Kind.HALF_YEAR;
            case PER_YEAR -> ReportingPeriod.Kind.YEAR;
            default -> null;
        });
    }

    /**
     * The period of the norm's periodicity that contains the day.
     *
     * @throws IllegalArgumentException for a norm that is not a periodicity
     */
    public static ReportingPeriod periodOf(Norm norm, LocalDate day) {
        ReportingPeriod.Kind kind = kindOf(norm.unit())
                .orElseThrow(() -> new IllegalArgumentException(norm.key() + " is not a periodicity: " + norm.unit()));
        return ReportingPeriod.containing(day, kind);
    }
}
