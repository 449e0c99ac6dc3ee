package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kz.police.lps.core.api.error.ValidationException;

/** Pure checks and look-ups over academic quarters (unit-tested without a container). */
public final class AcademicYearRules {

    private AcademicYearRules() {
    }

    /**
     * The four quarters of an academic year, each with start ≤ end < vacation start ≤ vacation end, in order and not
     * overlapping, within the academic year (starting in {@code startYear}, ending before 1 Sept of the next year).
     * 422 naming {@code quarters[i].<field>} otherwise.
     */
    public static List<AcademicQuarter> validate(int startYear, AcademicYearInput in) {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (startYear < 2000 || startYear > 2100) {
            throw ValidationException.of("startYear", "range", 2000, 2100);
        }
        if (in == null || in.quarters() == null || in.quarters().size() != 4) {
            throw ValidationException.of("quarters", "juvenile.schoolwork.calendar.four");
        }
        List<AcademicQuarter> out = new ArrayList<>();
        LocalDate earliest = LocalDate.of(startYear, 8, 1);
        LocalDate latest = LocalDate.of(startYear + 1, 8, 31);
        LocalDate previousEnd = earliest.minusDays(1);
        for (int i = 0; i < 4; i++) {
            AcademicQuarterInput q = in.quarters().get(i);
            String f = "quarters[" + i + "].";
            if (q == null) {
                errors.add("quarters[" + i + "]", "required");
                continue;
            }
            if (q.quarter() == null || q.quarter() != i + 1) {
                errors.add(f + "quarter", "juvenile.schoolwork.calendar.order", i + 1);
            }
            LocalDate[] d = {q.startsOn(), q.endsOn(), q.vacationFrom(), q.vacationTo()};
            String[] names = {"startsOn", "endsOn", "vacationFrom", "vacationTo"};
            boolean complete = true;
            for (int k = 0; k < 4; k++) {
                if (d[k] == null) {
                    errors.add(f + names[k], "required");
                    complete = false;
                }
            }
            if (!complete) {
                continue;
            }
            if (!d[0].isAfter(previousEnd)) {
                errors.add(f + "startsOn", "juvenile.schoolwork.calendar.overlap", previousEnd);
            }
            if (d[1].isBefore(d[0])) {
                errors.add(f + "endsOn", "date.before", d[0]);
            }
            if (!d[2].isAfter(d[1])) {
                errors.add(f + "vacationFrom", "juvenile.schoolwork.calendar.vacation", d[1]);
            }
            if (d[3].isBefore(d[2])) {
                errors.add(f + "vacationTo", "date.before", d[2]);
            }
            if (d[3].isAfter(latest)) {
                errors.add(f + "vacationTo", "juvenile.schoolwork.calendar.year", startYear + "/" + (startYear + 1));
            }
            previousEnd = d[3];
            out.add(new AcademicQuarter(startYear, i + 1, d[0], d[1], d[2], d[3], null, null));
        }
        errors.throwIfAny();
        return out;
    }

    /** The quarter whose school days or following vacation cover the day. */
    public static Optional<AcademicQuarter> quarterOn(List<AcademicQuarter> all, LocalDate day) {
        return all.stream().filter(q -> q.covers(day)).findFirst();
    }

    /** The first quarter starting after the day. */
    public static Optional<AcademicQuarter> nextAfter(List<AcademicQuarter> all, LocalDate day) {
        return all.stream().filter(q -> q.startsOn().isAfter(day))
                .min(Comparator.comparing(AcademicQuarter::startsOn));
    }

    /** An item is a vacation-period item when its dates reach into the vacation after the quarter (L842, L1126). */
    public static boolean vacationItem(AcademicQuarter q, LocalDate from, LocalDate to) {
        return !to.isBefore(q.vacationFrom()) && !from.isAfter(q.vacationTo());
    }
}
