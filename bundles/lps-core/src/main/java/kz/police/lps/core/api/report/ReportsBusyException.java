package kz.police.lps.core.api.report;

import java.util.List;

import kz.police.lps.core.api.error.LpsException;

/** Too many report runs are waiting for a worker: HTTP 503; try again later. */
public class ReportsBusyException extends LpsException {

    private static final long serialVersionUID = 1L;

    public ReportsBusyException(int waiting) {
        super("report.queue-full", List.of(waiting), "too many report runs waiting: " + waiting);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String type() {
        return "busy";
    }
}
