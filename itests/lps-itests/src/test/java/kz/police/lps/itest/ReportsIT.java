package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.police.lps.core.api.calendar.ReportingPeriod;

/**
 * The reports framework: the core's persons-registered report and the sample unit's report, run asynchronously over
 * REST (202 + a status resource), their results as JSON, CSV and PDF, the checks on the parameters and the scope,
 * cancelling, the shell command, and stored runs outliving the unit that contributed the report.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ReportsIT extends LpsTestSupport {

    static final String CORE_REPORT = "core.persons-registered";
    static final String SAMPLE_REPORT = "sample.activity";

    /** A done run of the sample report (set by t03, read after the unit is gone by t09). */
    private static String sampleRun;

    @Inject
    protected SessionFactory sessionFactory;

    @Inject
    FeaturesService featuresService;

    @Configuration
    public Option[] config() {
        return lpsDistribution();
    }

    @Before
    public void ready() {
        awaitReady();
    }

    /** The quarter the demo persons were created in (at boot). */
    private static String thisQuarter() {
        return ReportingPeriod.containing(LocalDate.now(ZoneId.of("Asia/Almaty")), ReportingPeriod.Kind.QUARTER)
                .toString();
    }

    private static ObjectNode body(String period, Long departmentId) {
        ObjectNode b = JSON.createObjectNode();
        if (period != null) {
            b.put("period", period);
        }
        if (departmentId != null) {
            b.put("departmentId", departmentId);
        }
        return b;
    }

    /** POSTs a run, checks 202 + Location, and returns the run's path under /api/v1. */
    private static String start(String report, String auth, ObjectNode body) {
        Resp r = post("/reports/" + report + "/runs", auth, body);
        assertStatus(202, r);
        String location = r.header("Location").orElse(null);
        assertNotNull("Location: " + r, location);
        String id = r.json().path("id").asText();
        assertTrue("Location names the run: " + location, location.endsWith("/api/v1/report-runs/" + id));
        assertTrue("state at start: " + r, List.of("QUEUED", "RUNNING", "DONE").contains(r.json().path("state")
                .asText()));
        assertEquals(report, r.json().path("reportId").asText());
        return URI.create(location).getPath().replaceFirst("^/api/v1", "");
    }

    /** Polls the run until it is finished; returns it. */
    private static JsonNode finished(String run, String auth) {
        return await("run " + run + " finished", 60_000, () -> {
            Resp r = get(run, auth);
            assertStatus(200, r);
            String state = r.json().path("state").asText();
            return List.of("DONE", "FAILED", "CANCELLED").contains(state) ? r.json() : null;
        });
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    public void t01CoreReportRunsAsynchronouslyAndRendersAsJsonCsvAndPdf() {
        Resp list = get("/reports", ADMIN, "Accept-Language", "en");
        assertStatus(200, list);
        JsonNode core = null;
        for (JsonNode d : list.json()) {
            if (CORE_REPORT.equals(d.path("id").asText())) {
                core = d;
            }
        }
        assertNotNull("core report listed: " + list, core);
        assertEquals("Persons registered by department", core.path("title").asText());
        assertEquals("REQUIRED", core.path("parameters").path("period").asText());
        assertEquals("OPTIONAL", core.path("parameters").path("department").asText());

        String quarter = thisQuarter();
        String run = start(CORE_REPORT, ADMIN, body(quarter, null));
        JsonNode done = finished(run, ADMIN);
        assertEquals("run: " + done, "DONE", done.path("state").asText());
        assertEquals(100, done.path("percent").asInt());
        assertEquals(quarter, done.path("period").asText());

        // JSON: rows per department (the demo city and the rural district), totals, the chart spec
        Resp json = get(run + "/result?format=json&lang=en", ADMIN);
        assertStatus(200, json);
        assertTrue(json.contentType(), json.contentType().startsWith("application/json"));
        JsonNode result = json.json();
        assertEquals("Persons registered by department", result.path("title").asText());
        List<String> departments = new ArrayList<>();
        result.path("rows").forEach(r -> departments.add(r.path("department").asText()));
        assertTrue("departments: " + departments, departments.contains("Akzhar City Police Department"));
        assertTrue("departments: " + departments, departments.contains("Kokterek District Police Department"));
        long persons = total("/persons?limit=1");
        assertEquals("every person was registered this quarter: " + result, persons,
                result.path("totals").path("current").asLong());
        assertEquals("Total", result.path("totals").path("department").asText());
        assertEquals("BAR", result.path("chart").path("kind").asText());
        assertEquals("department", result.path("chart").path("categoryColumn").asText());
        assertEquals(2, result.path("chart").path("series").size());

        // CSV: UTF-8 with BOM, header in the language asked for
        Resp csv = get(run + "/result?format=csv", ADMIN);
        assertStatus(200, csv);
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertTrue("BOM: " + csv, csv.body().startsWith("\uFEFF"));
        assertTrue("Kazakh header by default: " + csv, csv.body().startsWith("\uFEFFБөлім,"));
        assertTrue("rows: " + csv, csv.body().contains("Ақжар қалалық полиция басқармасы"));
        assertTrue(csv.header("Content-Disposition").orElse(""),
                csv.header("Content-Disposition").orElse("").contains("attachment; filename=\"" + CORE_REPORT + "-"
                        + quarter + ".csv\""));
        Resp russian = get(run + "/result?format=csv&lang=ru", ADMIN);
        assertTrue(russian.body(), russian.body().startsWith("\uFEFFПодразделение,"));

        // PDF
        Resp pdf = get(run + "/result?format=pdf&lang=kk", ADMIN);
        assertStatus(200, pdf);
        assertTrue(pdf.contentType(), pdf.contentType().startsWith("application/pdf"));
        assertTrue("PDF", pdf.body().startsWith("%PDF"));

        // the run is audited with its parameters
        String runId = run.substring(run.lastIndexOf('/') + 1);
        await("audit row of the run", 10_000, () -> {
            for (JsonNode row : get("/audit?user=admin&subjectType=report&limit=50", ADMIN).json().path("items")) {
                if (CORE_REPORT.equals(row.path("subjectId").asText())
                        && row.path("details").asText().contains("run=" + runId)
                        && row.path("details").asText().contains("period=" + quarter)) {
                    return true;
                }
            }
            return false;
        });
        // and listed among the caller's runs
        Resp runs = get("/report-runs?reportId=" + CORE_REPORT, ADMIN);
        assertStatus(200, runs);
        assertTrue("runs: " + runs, runs.body().contains(runId));
    }

    @Test
    public void t02BadParametersAndScope() {
        ensureSampleLogins(featuresService);
        JsonNode p = assertProblem(422, post("/reports/" + CORE_REPORT + "/runs", ADMIN, body("2026-Q5", null)));
        assertTrue("names period: " + p, namesField(p, "period"));
        p = assertProblem(422, post("/reports/" + CORE_REPORT + "/runs", ADMIN, body(null, null)));
        assertTrue("missing period named: " + p, namesField(p, "period"));
        p = assertProblem(422, post("/reports/" + CORE_REPORT + "/runs", ADMIN, body("2026-Q3", 987654321L)));
        assertTrue("unknown department named: " + p, namesField(p, "departmentId"));
        assertProblem(404, post("/reports/no.such-report/runs", ADMIN, body("2026-Q3", null)));
        assertProblem(404, get("/report-runs/00000000-0000-0000-0000-000000000000", ADMIN));
        assertProblem(401, post("/reports/" + CORE_REPORT + "/runs", null, body("2026-Q3", null)));

        // sample.inspector sees the demo city only: the rural district is refused, and the refusal audited
        long rural = districtBodyId("DEMO-RURAL");
        assertProblem(403, post("/reports/" + CORE_REPORT + "/runs", SAMPLE_INSPECTOR, body("2026-Q3", rural)));
        await("DENIED audit row", 10_000, () -> {
            for (JsonNode row : get("/audit?user=sample.inspector&subjectType=report&limit=50", ADMIN).json()
                    .path("items")) {
                if ("DENIED".equals(row.path("outcome").asText())) {
                    return true;
                }
            }
            return false;
        });
        // their own body is fine
        String run = start(CORE_REPORT, SAMPLE_INSPECTOR, body(thisQuarter(), districtBodyId("DEMO-CITY")));
        JsonNode done = finished(run, SAMPLE_INSPECTOR);
        assertEquals("DONE", done.path("state").asText());
        assertEquals("Ақжар қалалық полиция басқармасы", done.path("department").asText());

        // a bad format or language names the parameter
        p = assertProblem(422, get(run + "/result?format=xlsx", SAMPLE_INSPECTOR));
        assertTrue(namesField(p, "format"));
        p = assertProblem(422, get(run + "/result?lang=de", SAMPLE_INSPECTOR));
        assertTrue(namesField(p, "lang"));

        // an admin's run over everything is not the head's to see
        String adminRun = start(CORE_REPORT, ADMIN, body(thisQuarter(), null));
        finished(adminRun, ADMIN);
        assertProblem(403, get(adminRun, SAMPLE_HEAD));
        // the inspector's run lies in the head's scope
        assertStatus(200, get(run, SAMPLE_HEAD));
    }

    @Test
    public void t03SampleReportShowsProgressAndAChart() {
        ensureSampleLogins(featuresService);
        await("sample report listed", 30_000, () -> get("/reports", SAMPLE_INSPECTOR).body().contains(SAMPLE_REPORT));
        String run = start(SAMPLE_REPORT, SAMPLE_INSPECTOR, body("2026-Q3", null));
        List<Integer> seen = new ArrayList<>();
        JsonNode done = await("sample run done", 60_000, () -> {
            JsonNode r = get(run, SAMPLE_INSPECTOR).json();
            seen.add(r.path("percent").asInt());
            return List.of("DONE", "FAILED", "CANCELLED").contains(r.path("state").asText()) ? r : null;
        });
        assertEquals("run: " + done, "DONE", done.path("state").asText());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue("progress never goes back: " + seen, seen.get(i) >= seen.get(i - 1));
        }
        assertEquals("progress ends at 100: " + seen, 100, (int) seen.get(seen.size() - 1));
        assertEquals(done.path("total").asInt(), done.path("done").asInt());
        assertTrue("one step per unit of the city: " + done, done.path("total").asInt() >= 1);

        // result 409 is gone, JSON result has a row per step and the chart
        JsonNode result = get(run + "/result", SAMPLE_INSPECTOR, "Accept-Language", "ru").json();
        assertEquals("Деятельность тестового подразделения", result.path("title").asText());
        assertEquals(done.path("total").asInt(), result.path("rows").size());
        assertEquals("Подразделение", result.path("columns").get(0).path("label").asText());
        assertEquals("BAR", result.path("chart").path("kind").asText());
        Resp pdf = get(run + "/result?format=pdf", SAMPLE_INSPECTOR);
        assertTrue(pdf.body().startsWith("%PDF"));
        sampleRun = run;

        // cancelling: the admin's run covers ten units, 300 ms each
        String long1 = start(SAMPLE_REPORT, ADMIN, body("2026-Q3", null));
        Resp cancelled = http("DELETE", long1, ADMIN, null);
        assertStatus(200, cancelled);
        JsonNode end = finished(long1, ADMIN);
        assertEquals("cancelled: " + end, "CANCELLED", end.path("state").asText());
        JsonNode p = assertProblem(409, get(long1 + "/result", ADMIN));
        assertTrue("409 names state: " + p, namesField(p, "state"));
        // cancelling a finished run changes nothing
        assertEquals("DONE", http("DELETE", run, SAMPLE_INSPECTOR, null).json().path("state").asText());
    }

    @Test
    public void t04ShellRunsReportsWithProgress() throws Exception {
        ensureSampleLogins(featuresService);
        String list = shell(sessionFactory, "admin", "lps:reports");
        assertTrue(list, list.contains(CORE_REPORT));
        assertTrue(list, list.contains(SAMPLE_REPORT));

        String out = shell(sessionFactory, "admin", "lps:report " + SAMPLE_REPORT + " --period 2026-Q3");
        assertTrue("progress line: " + out, out.contains("100%"));
        assertTrue("an intermediate step: " + out, out.matches("(?s).*\\] [1-9]\\d?% \\(.*"));
        assertTrue("the table in Kazakh: " + out, out.contains("Бөлініс") && out.contains("Учаскелер"));
        assertTrue("totals: " + out, out.contains("Барлығы"));

        // --out: a new file inside the export directory (default ${karaf.data}/reports) only
        String name = "itest/core-" + System.nanoTime() + ".pdf";
        Path file = Path.of(System.getProperty("karaf.data"), "reports").resolve(name);
        String pdfCommand = "lps:report " + CORE_REPORT + " --period " + thisQuarter() + " --format pdf --lang ru "
                + "--out ";
        out = shell(sessionFactory, "admin", pdfCommand + name);
        assertTrue(out, out.contains("bytes"));
        byte[] pdf = Files.readAllBytes(file);
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        out = shell(sessionFactory, "admin", pdfCommand + name);
        assertTrue("an existing file is not overwritten: " + out, out.contains("exists"));
        assertEquals(pdf.length, Files.size(file));
        Files.delete(file);
        Path outside = Path.of(System.getProperty("karaf.etc"), "itest-report-" + System.nanoTime() + ".pdf");
        for (String bad : List.of(outside.toString(), "../etc/" + outside.getFileName())) {
            out = shell(sessionFactory, "admin", pdfCommand + bad);
            assertTrue("refused: " + bad + ": " + out, out.contains("--out:") && !out.contains("bytes"));
            assertFalse(bad, Files.exists(outside));
        }

        out = shell(sessionFactory, "admin", "lps:report " + CORE_REPORT + " --period 2026-13 --lang en");
        assertTrue("the bad period named: " + out, out.contains("period"));
        out = shell(sessionFactory, "admin", "lps:report " + CORE_REPORT + " --period " + thisQuarter()
                + " --format csv --lang en");
        assertTrue("CSV on the console: " + out, out.contains("Department,"));
    }

    @Test
    public void t05AHeadOfAnotherUnitSeesNoRunOfTheUnitsReport() throws Exception {
        ensureSampleLogins(featuresService);
        ensureOtherHead();
        await("sample report listed", 30_000, () -> get("/reports", SAMPLE_INSPECTOR).body().contains(SAMPLE_REPORT));
        assertFalse("the sample report is not the other head's to run",
                get("/reports", OTHER_HEAD).body().contains(SAMPLE_REPORT));
        String run = start(SAMPLE_REPORT, SAMPLE_INSPECTOR, body("2026-Q3", null));
        assertEquals("DONE", finished(run, SAMPLE_INSPECTOR).path("state").asText());
        String runId = run.substring(run.lastIndexOf('/') + 1);

        // the other unit's head covers the city, but may not run the report: nor see its runs
        assertProblem(403, get(run, OTHER_HEAD));
        assertProblem(403, get(run + "/result", OTHER_HEAD));
        assertProblem(403, get(run + "/result?format=csv", OTHER_HEAD));
        assertProblem(403, http("DELETE", run, OTHER_HEAD, null));
        Resp listed = get("/report-runs?limit=500", OTHER_HEAD);
        assertStatus(200, listed);
        assertFalse("not listed: " + listed, listed.body().contains(runId));
        assertFalse(get("/report-runs?limit=500&reportId=" + SAMPLE_REPORT, OTHER_HEAD).body().contains(runId));
        // the sample head does
        assertStatus(200, get(run, SAMPLE_HEAD));
        assertTrue(get("/report-runs?limit=500&reportId=" + SAMPLE_REPORT, SAMPLE_HEAD).body().contains(runId));

        // a report the other head may run: the inspector's run in the city is theirs to see
        String core = start(CORE_REPORT, SAMPLE_INSPECTOR, body(thisQuarter(), districtBodyId("DEMO-CITY")));
        assertEquals("DONE", finished(core, SAMPLE_INSPECTOR).path("state").asText());
        assertStatus(200, get(core, OTHER_HEAD));
        assertTrue(get("/report-runs?limit=500", OTHER_HEAD).body().contains(core.substring(core.lastIndexOf('/')
                + 1)));
    }

    static final String OTHER_HEAD_LOGIN = "reports.other.head";
    static final String OTHER_HEAD = OTHER_HEAD_LOGIN + ":itest-secret-3";

    /** A head of another unit ({@code other-head}), an officer of the demo city body: the sample inspector's scope. */
    private void ensureOtherHead() throws Exception {
        if (get("/me", OTHER_HEAD).status() == 200) {
            return;
        }
        ObjectNode o = JSON.createObjectNode();
        o.put("personnelNumber", "REPORTS-OTHER-HEAD");
        o.put("surname", "Басқаев");
        o.put("name", "Ерлан");
        o.put("departmentId", districtBodyId("DEMO-CITY"));
        o.put("unitType", "other");
        o.put("status", "ACTIVE");
        o.put("login", OTHER_HEAD_LOGIN);
        assertStatus(201, post("/officers", ADMIN, o));
        shell(sessionFactory, "admin", "lps:user-add --password itest-secret-3 " + OTHER_HEAD_LOGIN + " other-head");
        await("login " + OTHER_HEAD_LOGIN, 30_000, () -> get("/me", OTHER_HEAD).status() == 200);
        assertEquals(get("/me", SAMPLE_INSPECTOR).json().path("scope").asText(),
                get("/me", OTHER_HEAD).json().path("scope").asText());
    }

    @Test
    public void t09StoredRunsOutliveTheUnit() throws Exception {
        ensureSampleLogins(featuresService);
        if (sampleRun == null) {
            String run = start(SAMPLE_REPORT, SAMPLE_INSPECTOR, body("2026-Q3", null));
            assertEquals("DONE", finished(run, SAMPLE_INSPECTOR).path("state").asText());
            sampleRun = run;
        }
        uninstallTestUnit(featuresService);
        await("sample report gone", 30_000, () -> !get("/reports", ADMIN).body().contains(SAMPLE_REPORT));
        assertProblem(404, post("/reports/" + SAMPLE_REPORT + "/runs", ADMIN, body("2026-Q3", null)));
        Resp run = get(sampleRun, SAMPLE_INSPECTOR);
        assertStatus(200, run);
        // once the report is gone, only its requester (and the admin) see its runs
        assertProblem(403, get(sampleRun, SAMPLE_HEAD));
        assertStatus(200, get(sampleRun, ADMIN));
        assertEquals("DONE", run.json().path("state").asText());
        assertEquals("Sample unit activity",
                get(sampleRun, SAMPLE_INSPECTOR, "Accept-Language", "en").json().path("title").asText());
        Resp csv = get(sampleRun + "/result?format=csv", SAMPLE_INSPECTOR);
        assertStatus(200, csv);
        assertTrue(csv.body(), csv.body().startsWith("\uFEFFБөлініс,"));
        assertFalse(get("/reports", ADMIN).body().contains(SAMPLE_REPORT));
    }
}
