package kz.police.lps.core.api.report;

/** Told of a synchronous run's progress (the shell prints it). */
@FunctionalInterface
public interface ReportProgressListener {

    /** {@code done} of {@code total} steps; {@code total} is 0 while the report has not said. */
    void progress(int done, int total);
}
