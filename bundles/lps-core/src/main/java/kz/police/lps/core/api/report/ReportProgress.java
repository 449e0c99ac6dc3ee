package kz.police.lps.core.api.report;

/** A running report's progress: set the number of steps, advance as they are done, stop when cancelled. */
public interface ReportProgress {

    /** Sets (or resets) the number of steps. */
    void total(int steps);

    /** Marks this many more steps done. */
    void advance(int steps);

    default void advance() {
        advance(1);
    }

    /** Whether the run was cancelled (or the platform is shutting down): return what there is, promptly. */
    boolean cancelled();

    /** A progress that counts nothing and is never cancelled (for tests and nested computations). */
    static ReportProgress none() {
        return new ReportProgress() {
            @Override
            public void total(int steps) {
            }

            @Override
            public void advance(int steps) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
