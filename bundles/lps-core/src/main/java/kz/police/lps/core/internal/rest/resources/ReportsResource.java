package kz.police.lps.core.internal.rest.resources;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.report.ReportFormat;
import kz.police.lps.core.api.report.ReportInfo;
import kz.police.lps.core.api.report.ReportRequest;
import kz.police.lps.core.api.report.ReportRun;
import kz.police.lps.core.api.report.ReportService;
import kz.police.lps.core.api.rest.RestParams;
import kz.police.lps.core.api.rest.RestResources;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.internal.rest.Languages;

/**
 * Reports: the definitions a caller may run, asynchronous runs (202 Accepted + a status resource to poll) and their
 * results as JSON, CSV or PDF.
 */
@Component(service = ReportsResource.class, property = RestResources.BASE + "=" + RestResources.CORE_BASE)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "Periodic reports of the units: run asynchronously, poll, download as "
        + "JSON, CSV or PDF")
public class ReportsResource {

    /** The parameters a report takes: REQUIRED, OPTIONAL or UNUSED; the period kinds it accepts. */
    public record ParametersView(String period, List<String> periodKinds, String department) {
    }

    /** A report the caller may run. */
    public record ReportView(String id, String unitId, String title, Map<String, String> titles,
            String description, ParametersView parameters, List<String> roles, String runs) {
    }

    /** A run: its parameters, state (code and label in the answer's language), progress and links. */
    public record RunView(String id, String reportId, String unitId, String title, String period, Long departmentId,
            String department, String state, String stateLabel, int done, int total, int percent, Integer rowCount,
            String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt, String error, String self,
            String result) {
    }

    private static final List<String> LANGS = List.of("kk", "ru", "en");

    private final ReportService reports;

    @Activate
    public ReportsResource(@Reference ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("reports")
    @Operation(summary = "The reports the caller may run, with their parameters")
    public List<ReportView> definitions(@Context Caller caller, @Context HttpHeaders headers) {
        Locale locale = Languages.pick(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return reports.definitions(caller).stream().map(d -> view(d, locale)).toList();
    }

    @POST
    @Path("reports/{id}/runs")
    @Operation(summary = "Start a run (body {period, departmentId}); 202 Accepted with Location of the run to poll")
    public Response start(@Context Caller caller, @Context UriInfo uri, @Context HttpHeaders headers,
            @PathParam("id") String id, ReportRequest body) {
        ReportRun run = reports.start(caller, id, body == null ? new ReportRequest(null, null) : body);
        URI location = uri.getBaseUriBuilder().path("report-runs").path(run.id()).build();
        return Response.accepted(view(run, locale(headers), uri)).location(location).build();
    }

    @GET
    @Path("report-runs")
    @Operation(summary = "Runs the caller may see (their own; heads: those in their scope), newest first")
    public Response runs(@Context Caller caller, @Context UriInfo uri, @Context HttpHeaders headers,
            @QueryParam("reportId") String reportId, @QueryParam("limit") String limit,
            @QueryParam("offset") String offset, @QueryParam("sort") String sort) {
        PageRequest page = PageRequest.of(RestParams.integer("limit", limit), RestParams.integer("offset", offset),
                sort, java.util.Set.of("requestedAt", "reportId", "state"));
        Page<ReportRun> runs = reports.runs(caller, RestParams.text(reportId), page);
        Locale locale = locale(headers);
        return RestParams.page(new Page<>(runs.items().stream().map(r -> view(r, locale, uri)).toList(),
                runs.total(), runs.limit(), runs.offset()), uri);
    }

    @GET
    @Path("report-runs/{runId}")
    @Operation(summary = "A run's state and progress")
    public RunView run(@Context Caller caller, @Context UriInfo uri, @Context HttpHeaders headers,
            @PathParam("runId") String runId) {
        return view(reports.run(caller, runId), locale(headers), uri);
    }

    @GET
    @Path("report-runs/{runId}/result")
    @Produces({MediaType.APPLICATION_JSON, "text/csv", "application/pdf"})
    @Operation(summary = "The result of a done run (409 while not done): format json (default), csv (UTF-8 with "
            + "BOM) or pdf; labels in lang kk, ru or en (default: Accept-Language)")
    public Response result(@Context Caller caller, @Context HttpHeaders headers, @PathParam("runId") String runId,
            @Parameter(description = "json, csv or pdf") @QueryParam("format") String format,
            @Parameter(description = "kk, ru or en") @QueryParam("lang") String lang) {
        ReportFormat f = format(format);
        Locale locale = lang(lang, headers);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.render(caller, runId, f, locale, out);
        ReportRun run = reports.run(caller, runId);
        String name = (run.reportId() + (run.period() == null ? "" : "-" + run.period()))
                .replaceAll("[^A-Za-z0-9._-]", "_") + "." + f.extension();
        String type = f == ReportFormat.PDF ? f.mediaType() : f.mediaType() + "; charset=UTF-8";
        return Response.ok(out.toByteArray(), type)
                .header("Content-Disposition", (f == ReportFormat.JSON ? "inline" : "attachment") + "; filename=\""
                        + name + "\"")
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage()).build();
    }

    @DELETE
    @Path("report-runs/{runId}")
    @Operation(summary = "Cancel a queued or running run (a finished one stays as it is)")
    public RunView cancel(@Context Caller caller, @Context UriInfo uri, @Context HttpHeaders headers,
            @PathParam("runId") String runId) {
        return view(reports.cancel(caller, runId), locale(headers), uri);
    }

    // -----------------------------------------------------------------------------------------------------------

    private static ReportFormat format(String value) {
        String v = RestParams.text(value);
        if (v == null) {
            return ReportFormat.JSON;
        }
        for (ReportFormat f : ReportFormat.values()) {
            if (f.extension().equalsIgnoreCase(v)) {
                return f;
            }
        }
        throw ValidationException.of("format", "param.enum", "[json, csv, pdf]");
    }

    private static Locale lang(String value, HttpHeaders headers) {
        String v = RestParams.text(value);
        if (v == null) {
            return locale(headers);
        }
        if (!LANGS.contains(v)) {
            throw ValidationException.of("lang", "param.enum", LANGS.toString());
        }
        return Locale.forLanguageTag(v);
    }

    private static Locale locale(HttpHeaders headers) {
        return Languages.pick(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static ReportView view(ReportInfo d, Locale locale) {
        return new ReportView(d.id(), d.unitId(), d.title().in(locale), d.title().asMap(),
                d.description().in(locale),
                new ParametersView(d.parameters().period().name(),
                        d.parameters().periodKinds().stream().map(Enum::name).sorted().toList(),
                        d.parameters().department().name()),
                d.roles().stream().sorted().toList(), "/api/v1/reports/" + d.id() + "/runs");
    }

    private static RunView view(ReportRun r, Locale locale, UriInfo uri) {
        String self = uri.getBaseUriBuilder().path("report-runs").path(r.id()).build().getPath();
        LocalizedText title = r.title();
        return new RunView(r.id(), r.reportId(), r.unitId(), title == null ? r.reportId() : title.in(locale),
                r.period(), r.departmentId(), r.departmentName() == null ? null : r.departmentName().in(locale),
                r.state().name(), r.state().label().in(locale), r.done(), r.total(), r.percent(), r.rowCount(),
                r.requestedBy(), r.requestedAt(), r.startedAt(), r.finishedAt(), r.error(), self,
                self + "/result");
    }
}
