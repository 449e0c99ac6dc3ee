package kz.police.lps.core.internal.report;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import kz.police.lps.core.api.report.ReportProgress;
import kz.police.lps.core.api.report.ReportProgressListener;

/**
 * The progress of one run: kept in memory, told to a listener (the shell) at once, written to the run's row at most
 * every {@value #WRITE_MILLIS} ms (and when the last step is done). A cancel is seen through the in-memory flag (set
 * by a cancel on this node or a shutdown) or, checked at most every {@value #CHECK_MILLIS} ms, the row's flag (a
 * cancel on another node).
 */
final class RunProgress implements ReportProgress {

    static final long WRITE_MILLIS = 300;
    static final long CHECK_MILLIS = 1000;

    /** Where progress is stored and the cancel flag read. */
    interface Sink {
        void store(int done, int total);

        boolean cancelRequested();
    }

    private final Sink sink;
    private final ReportProgressListener listener;
    private final BooleanSupplier shuttingDown;
    private final AtomicBoolean cancel = new AtomicBoolean();
    private int done;
    private int total;
    private long lastWrite;
    private long lastCheck;

    RunProgress(Sink sink, ReportProgressListener listener, BooleanSupplier shuttingDown) {
        this.sink = sink;
        this.listener = listener;
        this.shuttingDown = shuttingDown;
    }

    @Override
    public synchronized void total(int steps) {
        total = Math.max(0, steps);
        changed(true);
    }

    @Override
    public synchronized void advance(int steps) {
        done = Math.max(0, done + steps);
        changed(total > 0 && done >= total);
    }

    @Override
    public boolean cancelled() {
        if (cancel.get() || shuttingDown.getAsBoolean()) {
            return true;
        }
        long now = System.currentTimeMillis();
        synchronized (this) {
            if (now - lastCheck < CHECK_MILLIS) {
                return false;
            }
            lastCheck = now;
        }
        if (sink.cancelRequested()) {
            cancel.set(true);
        }
        return cancel.get();
    }

    /** A cancel asked for on this node. */
    void cancel() {
        cancel.set(true);
    }

    synchronized int done() {
        return done;
    }

    synchronized int totalSteps() {
        return total;
    }

    private void changed(boolean force) {
        if (listener != null) {
            listener.progress(done, total);
        }
        long now = System.currentTimeMillis();
        if (force || now - lastWrite >= WRITE_MILLIS) {
            lastWrite = now;
            sink.store(done, total);
        }
    }
}
