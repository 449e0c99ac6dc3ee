package kz.police.lps.core.api.report;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;

/**
 * Runs the registered {@link ReportDefinition}s. Every run is stored (state, progress, result) so its status and
 * result can be read on any node and after a restart, and every run is audited (subject {@code report}).
 * <p>
 * A run may be seen (status, result, cancel) by its requester, by {@code lps-admin}, and by heads whose scope covers
 * the run's department.
 */
public interface ReportService {

    /** The reports the caller may run, by id. */
    List<ReportInfo> definitions(Caller caller);

    /**
     * Queues a run and returns at once (state {@link ReportRunState#QUEUED}).
     *
     * @throws kz.police.lps.core.api.error.NotFoundException     unknown report (404)
     * @throws kz.police.lps.core.api.error.ValidationException   bad or missing {@code period} / {@code departmentId}
     * @throws kz.police.lps.core.api.error.AccessDeniedException the caller may not run it, or the department lies
     *                                                            outside their scope (403, audited)
     */
    ReportRun start(Caller caller, String reportId, ReportRequest request);

    /** Runs on the calling thread, telling the listener of the progress; the run is stored like any other. */
    ReportRun runSync(Caller caller, String reportId, ReportRequest request, ReportProgressListener listener);

    ReportRun run(Caller caller, String runId);

    /** Runs the caller may see, newest first, optionally of one report. */
    Page<ReportRun> runs(Caller caller, String reportId, PageRequest page);

    /**
     * The result of a {@link ReportRunState#DONE} run.
     *
     * @throws ReportNotReadyException naming {@code state} while the run is not done (409)
     */
    ReportTable result(Caller caller, String runId);

    /** Writes the result of a done run in the format, with labels in the locale's language (kk, ru or en). */
    void render(Caller caller, String runId, ReportFormat format, Locale locale, OutputStream out);

    /** Cancels a queued or running run; a finished run stays as it is. */
    ReportRun cancel(Caller caller, String runId);
}
