package kz.police.lps.core.internal.report;

import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.LpsException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.report.ReportContext;
import kz.police.lps.core.api.report.ReportDefinition;
import kz.police.lps.core.api.report.ReportFormat;
import kz.police.lps.core.api.report.ReportInfo;
import kz.police.lps.core.api.report.ReportNotReadyException;
import kz.police.lps.core.api.report.ReportParameters;
import kz.police.lps.core.api.report.ReportProgressListener;
import kz.police.lps.core.api.report.ReportRequest;
import kz.police.lps.core.api.report.ReportRun;
import kz.police.lps.core.api.report.ReportRunState;
import kz.police.lps.core.api.report.ReportService;
import kz.police.lps.core.api.report.ReportTable;
import kz.police.lps.core.api.report.ReportsBusyException;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.DataScope;
import kz.police.lps.core.internal.db.CoreSchema;
import kz.police.lps.core.internal.org.DepartmentPaths;

/**
 * Runs the {@link ReportDefinition} services registered right now on a bounded pool ({@code threads} workers, at
 * most {@code maxQueued} waiting), storing every run in {@code LPS_REPORT_RUN} so its status and result are readable
 * on any node and after a restart. Runs this node left queued or running when it stopped are failed when it starts
 * again; finished runs older than {@code keepDays} are purged daily. Every run is audited (subject {@code report},
 * details: run id and parameters), refusals too.
 */
@Component(service = ReportService.class, configurationPid = "kz.police.lps.reports")
@Designate(ocd = ReportsConfig.class)
public class ReportServiceImpl implements ReportService {

    static final String SUBJECT = "report";
    static final String SUBJECT_RESULT = "report.result";
    static final String SUBJECT_RUN = "report.run";
    private static final Logger LOG = LoggerFactory.getLogger(ReportServiceImpl.class);

    private final ReportRunStore store;
    private final JpaTemplate jpa;
    private final AuditService audit;
    private final DepartmentPaths paths;
    private final WorkingCalendar calendar;
    private final ReportsConfig config;
    private final PdfRenderer pdf;
    private final String node;
    private final Map<String, ReportDefinition> definitions = new ConcurrentHashMap<>();
    private final Map<String, RunProgress> running = new ConcurrentHashMap<>();
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService housekeeping;
    private volatile boolean closing;

    @Activate
    public ReportServiceImpl(ReportsConfig config, @Reference(target = "(osgi.unit.name=lps-core)") JpaTemplate jpa,
            @Reference(target = CoreSchema.TARGET) SchemaReady schema, @Reference AuditService audit,
            @Reference DepartmentPaths paths, @Reference WorkingCalendar calendar) {
        this.config = config;
        this.jpa = jpa;
        this.store = new ReportRunStore(jpa);
        this.audit = audit;
        this.paths = paths;
        this.calendar = calendar;
        this.pdf = pdfRenderer(config.fontFile());
        this.node = System.getProperty("karaf.name", "lps");
        // the database first: when it fails, activation fails before any thread is started
        int failed = store.failUnfinished(node, "interrupted: the platform stopped while the run was queued or "
                + "running", Instant.now());
        if (failed > 0) {
            LOG.info("{} report runs interrupted by the last shutdown marked FAILED", failed);
        }
        int threads = Math.max(1, config.threads());
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(Math.max(1, config.maxQueued())), r -> {
                    Thread t = new Thread(r, "lps-report-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lps-report-purge");
            t.setDaemon(true);
            return t;
        });
        housekeeping.scheduleWithFixedDelay(this::purge, 1, 24 * 60, TimeUnit.MINUTES);
    }

    /** The PDF renderer with the configured font; a font that cannot be read is logged and the bundled one used. */
    private static PdfRenderer pdfRenderer(String fontFile) {
        if (fontFile != null && !fontFile.isBlank()) {
            try {
                return PdfRenderer.withFont(fontFile);
            } catch (RuntimeException e) {
                LOG.error("Report font {} (fontFile of kz.police.lps.reports) cannot be read; using the bundled font",
                        fontFile, e);
            }
        }
        return PdfRenderer.withFont(null);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        closing = true;
        housekeeping.shutdownNow();
        workers.shutdownNow();
        running.values().forEach(RunProgress::cancel);
        if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("Report workers still busy at shutdown; their runs are failed on the next start");
        }
        if (!housekeeping.awaitTermination(10, TimeUnit.SECONDS)) {
            LOG.warn("Report purge still busy at shutdown");
        }
        try {
            store.failUnfinished(node, "interrupted: the platform stopped", Instant.now());
        } catch (RuntimeException e) {
            LOG.debug("Unfinished report runs left for the next start: {}", e.toString());
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDefinition(ReportDefinition definition) {
        String id = definition.id();
        if (id == null || !id.startsWith(definition.unitId() + ".")) {
            LOG.warn("Report {} ignored: its id must start with its unit id '{}.'", id, definition.unitId());
            return;
        }
        ReportDefinition before = definitions.putIfAbsent(id, definition);
        if (before != null && before != definition) {
            LOG.warn("Report {} registered twice; the first one is kept", id);
        }
    }

    void removeDefinition(ReportDefinition definition) {
        definitions.remove(definition.id(), definition);
    }

    void purge() {
        try {
            int purged = store.purge(Instant.now().minus(Duration.ofDays(Math.max(1, config.keepDays()))));
            if (purged > 0) {
                LOG.info("{} report runs older than {} days purged", purged, config.keepDays());
            }
        } catch (RuntimeException e) {
            LOG.warn("Purging old report runs failed", e);
        }
    }

    // -----------------------------------------------------------------------------------------------------------

    @Override
    public List<ReportInfo> definitions(Caller caller) {
        List<ReportInfo> list = new ArrayList<>();
        for (ReportDefinition d : definitions.values()) {
            if (ReportAccess.mayRun(caller, d.roles())) {
                list.add(ReportInfo.of(d));
            }
        }
        list.sort(Comparator.comparing(ReportInfo::id));
        return list;
    }

    @Override
    public ReportRun start(Caller caller, String reportId, ReportRequest request) {
        Prepared p = prepare(caller, reportId, request);
        try {
            workers.execute(() -> execute(p, null));
        } catch (RejectedExecutionException e) {
            store.finish(p.runId, ReportRunState.FAILED, "refused: too many runs waiting", null, null, 0,
                    Instant.now());
            throw new ReportsBusyException(config.maxQueued());
        }
        return view(caller, p.runId);
    }

    @Override
    public ReportRun runSync(Caller caller, String reportId, ReportRequest request, ReportProgressListener listener) {
        Prepared p = prepare(caller, reportId, request);
        execute(p, listener);
        return view(caller, p.runId);
    }

    @Override
    public ReportRun run(Caller caller, String runId) {
        ReportRunEntity e = visible(caller, runId, AuditAction.READ);
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT_RUN, runId, e.getDepartmentId(),
                "report=" + e.getReportId() + " state=" + e.getState());
        return ReportRunStore.toRun(e);
    }

    /** The run as the caller may see it, without an audit row of its own (the calling operation wrote one). */
    private ReportRun view(Caller caller, String runId) {
        return ReportRunStore.toRun(visible(caller, runId, AuditAction.READ));
    }

    @Override
    public Page<ReportRun> runs(Caller caller, String reportId, PageRequest page) {
        Set<String> runnable = new HashSet<>();
        for (ReportDefinition d : definitions.values()) {
            if (ReportAccess.mayRun(caller, d.roles())) {
                runnable.add(d.id());
            }
        }
        Page<ReportRun> runs = store.page(caller, reportId, runnable, page);
        String ids = runs.items().stream().map(ReportRun::id).collect(Collectors.joining(","));
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT_RUN, null, null,
                "list report=" + reportId + " runs=[" + ids + "]");
        return runs;
    }

    @Override
    public ReportTable result(Caller caller, String runId) {
        ReportRunEntity e = visible(caller, runId, AuditAction.READ);
        if (e.getState() != ReportRunState.DONE) {
            throw new ReportNotReadyException(e.getState());
        }
        String json = store.result(runId).orElseThrow(() -> new NotFoundException("report-result", runId));
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT_RESULT, runId, e.getDepartmentId(),
                "report=" + e.getReportId());
        return ReportTableCodec.read(json);
    }

    @Override
    public void render(Caller caller, String runId, ReportFormat format, Locale locale, OutputStream out) {
        ReportTable table = result(caller, runId);
        ReportRun run = view(caller, runId);
        ReportDocument doc = new ReportDocument(run, table, locale == null ? LocalizedText.KAZAKH : locale,
                calendar.zone());
        switch (format) {
            case JSON -> JsonRenderer.render(doc, out);
            case CSV -> CsvRenderer.render(doc, out);
            case PDF -> pdf.render(doc, out);
            default -> throw new IllegalArgumentException(String.valueOf(format));
        }
    }

    @Override
    public ReportRun cancel(Caller caller, String runId) {
        ReportRunEntity e = visible(caller, runId, AuditAction.UPDATE);
        if (!e.getState().isFinal()) {
            store.requestCancel(runId, Instant.now());
            RunProgress progress = running.get(runId);
            if (progress != null) {
                progress.cancel();
            }
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, e.getReportId(),
                    e.getDepartmentId(), "cancel run=" + runId);
        }
        return view(caller, runId);
    }

    // -----------------------------------------------------------------------------------------------------------

    /** A checked, stored, audited request, ready to compute. */
    private record Prepared(String runId, ReportDefinition definition, Caller caller, ReportingPeriod period,
            Long departmentId, String departmentPath, DataScope scope) {
    }

    private Prepared prepare(Caller caller, String reportId, ReportRequest request) {
        ReportDefinition d = reportId == null ? null : definitions.get(reportId);
        if (d == null) {
            throw new NotFoundException("report", reportId);
        }
        if (!ReportAccess.mayRun(caller, d.roles())) {
            throw audit.denied(caller, AuditAction.READ, SUBJECT, reportId, null, "role may not run the report");
        }
        ReportRequest r = request == null ? new ReportRequest(null, null) : request;
        ReportParameters params = d.parameters();
        ValidationException.Collector errors = new ValidationException.Collector();
        ReportingPeriod period = period(params, r.period(), errors);
        Long departmentId = r.departmentId();
        String departmentPath = null;
        if (departmentId == null && params.department() == ReportParameters.Use.REQUIRED) {
            errors.add("departmentId", "required");
        } else if (departmentId != null && params.department() == ReportParameters.Use.UNUSED) {
            errors.add("departmentId", "report.param.unused");
        } else if (departmentId != null) {
            departmentPath = paths.pathOf(departmentId).orElse(null);
            if (departmentPath == null) {
                errors.add("departmentId", "org.department.unknown", departmentId);
            }
        }
        errors.throwIfAny();
        if (departmentPath != null && !caller.scope().covers(departmentPath)) {
            throw audit.denied(caller, AuditAction.READ, SUBJECT, reportId, departmentId,
                    "department outside data scope");
        }
        DataScope scope = departmentPath != null ? DataScope.subtree(departmentPath) : caller.scope();
        LocalizedText departmentName = departmentId == null ? null : store.departmentName(departmentId);

        ReportRunEntity e = new ReportRunEntity();
        e.setId(UUID.randomUUID().toString());
        e.setReportId(d.id());
        e.setUnitId(d.unitId());
        e.setTitle(ReportTableCodec.writeText(d.title()));
        e.setPeriod(period == null ? null : period.toString());
        e.setDepartmentId(departmentId);
        e.setDepartmentName(ReportTableCodec.writeText(departmentName));
        e.setScopePath(scope.pathPrefix());
        e.setState(ReportRunState.QUEUED);
        e.setRequestedBy(caller.username());
        e.setNode(node);
        e.setRequestedAt(Instant.now());
        String details = "run=" + e.getId() + " period=" + e.getPeriod() + " department=" + departmentId;
        jpa.tx(TransactionType.Required, em -> {
            ReportRunStore.insert(em, e);
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, d.id(), departmentId, details);
        });
        return new Prepared(e.getId(), d, caller, period, departmentId, departmentPath, scope);
    }

    private static ReportingPeriod period(ReportParameters params, String text,
            ValidationException.Collector errors) {
        if (text == null || text.isBlank()) {
            if (params.period() == ReportParameters.Use.REQUIRED) {
                errors.add("period", "required");
            }
            return null;
        }
        if (params.period() == ReportParameters.Use.UNUSED) {
            errors.add("period", "report.param.unused");
            return null;
        }
        ReportingPeriod p;
        try {
            p = ReportingPeriod.parse(text);
        } catch (IllegalArgumentException e) {
            errors.add("period", "calendar.period");
            return null;
        }
        if (!params.periodKinds().contains(p.kind())) {
            errors.add("period", "report.period.kind", params.periodKinds().stream().map(Enum::name).sorted()
                    .toList().toString());
            return null;
        }
        return p;
    }

    /** Computes a prepared run and stores its end; whatever goes wrong, the run does not stay queued or running. */
    private void execute(Prepared p, ReportProgressListener listener) {
        try {
            compute(p, listener);
        } catch (RuntimeException | LinkageError e) {
            LOG.warn("Report run {} of {} could not be carried out", p.runId(), p.definition().id(), e);
            try {
                store.finish(p.runId(), ReportRunState.FAILED, errorText(p.runId(), e), null, null, 0,
                        Instant.now());
            } catch (RuntimeException again) {
                LOG.warn("Report run {} left unfinished; failed on the next start", p.runId(), again);
            }
        }
    }

    private void compute(Prepared p, ReportProgressListener listener) {
        String id = p.runId();
        if (!store.start(id, Instant.now())) {
            return; // cancelled while queued
        }
        RunProgress progress = new RunProgress(new RunProgress.Sink() {
            @Override
            public void store(int done, int total) {
                store.progress(id, done, total);
            }

            @Override
            public boolean cancelRequested() {
                return store.cancelRequested(id);
            }
        }, listener, () -> closing);
        running.put(id, progress);
        ReportRunState end;
        String error = null;
        String json = null;
        Integer rows = null;
        try {
            ReportDefinition d = definitions.get(p.definition().id());
            ReportTable table = d == null ? null
                    : d.compute(new ReportContext(p.caller(), p.period(), p.departmentId(), p.departmentPath(),
                            p.scope(), null, progress));
            if (d == null) {
                end = ReportRunState.FAILED;
                error = "the report is no longer installed";
            } else if (closing) {
                end = ReportRunState.FAILED;
                error = "interrupted: the platform stopped";
            } else if (progress.cancelled()) {
                end = ReportRunState.CANCELLED;
            } else if (table == null) {
                end = ReportRunState.FAILED;
                error = "the report returned no table";
            } else if (table.rows().size() > config.maxRowCount()) {
                end = ReportRunState.FAILED;
                error = "too many rows: " + table.rows().size() + " > " + config.maxRowCount();
            } else {
                end = ReportRunState.DONE;
                json = ReportTableCodec.write(table);
                rows = table.rows().size();
            }
        } catch (RuntimeException | LinkageError e) {
            end = closing ? ReportRunState.FAILED : progress.cancelled() ? ReportRunState.CANCELLED
                    : ReportRunState.FAILED;
            error = closing ? "interrupted: the platform stopped" : errorText(id, e);
            if (end == ReportRunState.FAILED && !closing) {
                LOG.warn("Report run {} of {} failed", id, p.definition().id(), e);
            } else {
                LOG.debug("Report run {} of {} ended {}", id, p.definition().id(), end, e);
            }
        } finally {
            running.remove(id);
        }
        try {
            if (!store.finish(id, end, end == ReportRunState.CANCELLED ? null : error, json, rows, progress.done(),
                    Instant.now())) {
                LOG.debug("Report run {} was ended meanwhile; {} not stored", id, end);
            }
        } catch (RuntimeException e) {
            LOG.warn("Cannot store the end of report run {} ({})", id, end, e);
            store.finish(id, ReportRunState.FAILED, errorText(id, e), null, null, progress.done(), Instant.now());
        }
        if (listener != null && end == ReportRunState.DONE) {
            listener.progress(Math.max(progress.done(), progress.totalSteps()), progress.totalSteps());
        }
    }

    /**
     * The error a failed run shows its readers: an {@link LpsException}'s message key (a deliberate refusal, e.g. a
     * scope check inside the report), otherwise a generic text naming the run: the cause (SQL, driver or class names)
     * is for the server log only, where the caller logged it.
     */
    static String errorText(String runId, Throwable e) {
        if (e instanceof LpsException l) {
            return l.type() + ": " + (l.getMessage() == null ? l.code() : l.getMessage());
        }
        return "report failed, see the server log, run " + runId;
    }

    /** The run, when the caller may see it: 404 when there is none, an audited 403 when it is not theirs. */
    private ReportRunEntity visible(Caller caller, String runId, AuditAction action) {
        ReportRunEntity e = (runId == null ? java.util.Optional.<ReportRunEntity>empty() : store.find(runId))
                .orElseThrow(() -> new NotFoundException("report-run", runId));
        if (!ReportAccess.maySee(caller, e.getRequestedBy(), e.getScopePath(), definitions.get(e.getReportId()))) {
            throw audit.denied(caller, action, SUBJECT_RUN, runId, e.getDepartmentId(), "not the caller's run");
        }
        return e;
    }
}
