package kz.police.lps.unit.district.internal.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.error.ValidationException;

/**
 * The period and deadline rules of the planning area (appointments, public reports, work plans, statements), pure so
 * that they are unit-tested without a platform.
 */
public final class PlanningRules {

    private PlanningRules() {
    }

    /**
     * The origin key {@link kz.police.lps.core.api.task.OfficerObligation} gives an officer's occurrence of a
     * recurring obligation: {@code <kind>:<period>:<officer id>}, e.g. {@code district.public-report:2026-Q4:57}.
     */
    public static String originKey(String kind, ReportingPeriod period, long officerId) {
        return kind + ":" + period + ":" + officerId;
    }

    /**
     * A period the caller names ({@code 2026-11}, {@code 2026-Q4}): 422 naming {@code field} when it is missing, not
     * a period, or of another kind than {@code kind}.
     */
    public static ReportingPeriod period(String field, String text, ReportingPeriod.Kind kind) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of(field, "required");
        }
        ReportingPeriod p;
        try {
            p = ReportingPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            throw ValidationException.of(field, "calendar.period");
        }
        if (p.kind() != kind) {
            throw ValidationException.of(field, "district.planning.period-kind", kind);
        }
        return p;
    }

    /** Whether the day lies in the period (both ends inclusive). */
    public static boolean within(ReportingPeriod period, LocalDate day) {
        return day != null && !day.isBefore(period.start()) && !day.isAfter(period.end());
    }

    /** Whether the period has not begun by {@code today}. */
    public static boolean future(ReportingPeriod period, LocalDate today) {
        return period.start().isAfter(today);
    }

    /**
     * BR-20 (L430-431): the plan is approved "before the month's work", i.e. by the last day of the month before.
     * An approval on or after the month's first day is late: allowed (the officers need a plan), but flagged.
     */
    public static boolean approvedLate(ReportingPeriod month, LocalDate approvedOn) {
        return !approvedOn.isBefore(month.start());
    }

    /** A plan of a month that is over can no longer be approved: its items could not be worked to. */
    public static boolean over(ReportingPeriod period, LocalDate today) {
        return today.isAfter(period.end());
    }

    /** Whole days from the day a task fell due to {@code today} (0 when due today or later). */
    public static long daysLate(Instant dueAt, LocalDate today, ZoneId zone) {
        LocalDate due = dueAt.atZone(zone).toLocalDate();
        return Math.max(0, ChronoUnit.DAYS.between(due, today));
    }
}
