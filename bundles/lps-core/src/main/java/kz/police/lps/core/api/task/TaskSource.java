package kz.police.lps.core.api.task;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Whiteboard service for recurring obligations: the monthly work plan, the quarterly report to the population,
 * inspections every month, quarter or half-year, planned checks of persons on a register. On every run of the task
 * scheduler the core asks each source for the tasks that should exist on that day and creates those it has not
 * created before, recognising them by {@link NewTask#originKey()}: a source gives each occurrence a key unique to it,
 * e.g. {@code district.monthly-plan:2026-11:officer-57}, and may return the same occurrence on every run.
 * <p>
 * The periodicity comes from a norm (e.g. "at least once a month", textbook L616-618); {@link Periodicity} turns the
 * norm's unit into the reporting period to generate for.
 */
public interface TaskSource {

    /** A stable id, prefixed with the unit id; also the prefix of the origin keys. */
    String id();

    String unitId();

    /** The occurrences that should exist on this day (in the calendar's zone); each with an origin key. */
    Stream<NewTask> tasks(LocalDate today);
}
