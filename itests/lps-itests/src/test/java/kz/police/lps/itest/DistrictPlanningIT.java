package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

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
 * The district unit's planning area over REST: the appointment cycle of an inspector (WF-2) with both petition
 * deadlines in calendar days, the quarterly report to the population (WF-5) completing the quarter's task, the
 * monthly work plan approved by the head (its items become tasks) and the monthly statement with the unit's
 * figures completing the month's task (WF-6), the two reports, and {@code district:overdue}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class DistrictPlanningIT extends LpsTestSupport {

    private static final String INSPECTOR = "district.inspector:demo";
    private static final String HEAD = "district.head:demo";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Inject
    FeaturesService featuresService;

    @Inject
    SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        return lpsDistribution();
    }

    @Before
    public void ready() throws Exception {
        awaitReady();
        installDistrictUnit(featuresService); // with its demo records
        await("demo officers of the district unit", 60_000, () -> officerOf("district", "district.inspector") != null
                && officerOf("district", "district.head") != null);
        await("demo logins of the district unit", 60_000, () -> get("/no-such-resource", INSPECTOR).status() == 404
                && get("/no-such-resource", HEAD).status() == 404);
    }

    // ------------------------------------------------------------------------------------------------ appointment

    @Test
    public void t01ServingCandidatePetitionDueInTenCalendarDaysAcrossTheHolidays() {
        long precinct = nodeId("PRECINCT", "DEMO-CITY-P-001");
        long candidate = officerOf("district", "district.inspector").path("id").asLong();
        long head = officerOf("district", "district.head").path("id").asLong();
        Resp opened = post("/district/appointments", HEAD, Map.of("vacancyId", precinct, "candidateKind", "SERVING",
                "candidateOfficerId", candidate, "reportedOn", "2026-12-10"));
        assertStatus(201, opened);
        JsonNode c = opened.json();
        assertEquals("CANDIDATE_REGISTERED", c.path("status").asText());
        assertTrue("the name from the officer record: " + c, c.path("candidateName").asText().startsWith("Демоұлы"));
        // BR-16: 10 calendar days from 10 Dec 2026, holidays (16-17 Dec) counted like any day: by the end of 20 Dec
        ZonedDateTime due = Instant.parse(c.path("petitionDueAt").asText()).atZone(ALMATY);
        assertEquals(LocalDate.of(2026, 12, 20), due.toLocalDate());
        assertEquals(23, due.getHour());
        JsonNode task = get("/tasks/" + c.path("taskId").asLong(), HEAD).json();
        assertEquals("district.appointment-petition", task.path("kind").asText());
        assertEquals("district.appointment.petition-deadline-serving", task.path("normKey").asText());
        assertEquals(c.path("petitionDueAt").asText(), task.path("dueAt").asText());
        assertEquals("the head who opened the case petitions", head, task.path("assigneeId").asLong());
        assertEquals(precinct, task.path("departmentId").asLong());

        // withdrawn before the petition: the deadline task is cancelled; the case takes no further step
        long id = c.path("id").asLong();
        assertProblem(422, post("/district/appointments/" + id + "/outcome", HEAD, Map.of("status", "WITHDRAWN"),
                "If-Match", opened.header("ETag").orElseThrow()));
        Resp withdrawn = post("/district/appointments/" + id + "/outcome", HEAD, Map.of("status", "WITHDRAWN",
                "reason", "кандидат басқа лауазымға ауысты"), "If-Match", opened.header("ETag").orElseThrow());
        assertStatus(200, withdrawn);
        assertEquals("WITHDRAWN", withdrawn.json().path("status").asText());
        assertEquals("CANCELLED", get("/tasks/" + c.path("taskId").asLong(), HEAD).json().path("status").asText());
        JsonNode refused = assertProblem(409, post("/district/appointments/" + id + "/petition", HEAD, petition(
                LocalDate.now(ALMATY)), "If-Match", withdrawn.header("ETag").orElseThrow()));
        assertTrue(refused.toString(), namesField(refused, "status"));
    }

    @Test
    public void t02NewEntrantThroughPetitionMeetingAndOrder() {
        long precinct = nodeId("PRECINCT", "DEMO-CITY-P-002");
        LocalDate today = LocalDate.now(ALMATY);
        LocalDate acceptanceEnd = today.minusDays(10);
        Map<String, Object> body = Map.of("vacancyId", precinct, "candidateKind", "NEW_ENTRANT",
                "candidateName", "Сапаров Ерлан Маратұлы", "acceptanceEndsOn", acceptanceEnd.toString());

        // only the unit's head (or lps-admin) keeps appointment cases: the inspector's attempt is refused and audited
        long before = total("/district/appointments");
        assertProblem(403, post("/district/appointments", INSPECTOR, body));
        await("DENIED audit row", 10_000, () -> {
            for (JsonNode row : get("/audit?user=district.inspector&subjectType=district.appointment&limit=50",
                    ADMIN).json().path("items")) {
                if ("DENIED".equals(row.path("outcome").asText())) {
                    return true;
                }
            }
            return false;
        });
        // a new entrant's deadline counts from the end of the acceptance period: without it, 422 and nothing written
        JsonNode p = assertProblem(422, post("/district/appointments", HEAD, Map.of("vacancyId", precinct,
                "candidateKind", "NEW_ENTRANT", "candidateName", "Сапаров Ерлан Маратұлы")));
        assertTrue(p.toString(), namesField(p, "acceptanceEndsOn"));
        p = assertProblem(422, post("/district/appointments", HEAD, Map.of("vacancyId", nodeId("POLICE_POINT",
                "DEMO-CITY-UPP-01"), "candidateKind", "NEW_ENTRANT", "candidateName", "Сапаров Ерлан Маратұлы",
                "acceptanceEndsOn", acceptanceEnd.toString())));
        assertTrue("the vacancy is a precinct: " + p, namesField(p, "vacancyId"));
        assertEquals(before, total("/district/appointments"));

        Resp opened = post("/district/appointments", HEAD, body);
        assertStatus(201, opened);
        long id = opened.json().path("id").asLong();
        long taskId = opened.json().path("taskId").asLong();
        // BR-17: 5 calendar days after the acceptance period ends
        assertEquals(acceptanceEnd.plusDays(5), Instant.parse(opened.json().path("petitionDueAt").asText())
                .atZone(ALMATY).toLocalDate());
        String path = "/district/appointments/" + id;

        // steps in order only: no meeting before the petition
        JsonNode wrong = assertProblem(409, post(path + "/meeting", HEAD, meeting(today, true),
                "If-Match", opened.header("ETag").orElseThrow()));
        assertTrue(wrong.toString(), namesField(wrong, "status"));
        assertStatus(428, post(path + "/petition", HEAD, petition(today.minusDays(7))));
        assertProblem(403, post(path + "/petition", INSPECTOR, petition(today.minusDays(7)),
                "If-Match", opened.header("ETag").orElseThrow()));

        Resp sent = post(path + "/petition", HEAD, petition(today.minusDays(7)), "If-Match",
                opened.header("ETag").orElseThrow());
        assertStatus(200, sent);
        assertEquals("PETITION_SENT", sent.json().path("status").asText());
        assertFalse("sent within the deadline", sent.json().path("petition").path("late").asBoolean());
        JsonNode task = get("/tasks/" + taskId, HEAD).json();
        assertEquals("recording the petition completes its task", "DONE", task.path("status").asText());

        // BR-18: the meeting record must show the service record presented: 422 naming it, nothing written
        ObjectNode noRecord = meeting(today.minusDays(1), false);
        JsonNode missing = assertProblem(422, post(path + "/meeting", HEAD, noRecord, "If-Match",
                sent.header("ETag").orElseThrow()));
        assertTrue(missing.toString(), namesField(missing, "serviceRecordPresented"));
        JsonNode still = get(path, HEAD).json();
        assertEquals("PETITION_SENT", still.path("status").asText());
        assertEquals(sent.json().path("version").asLong(), still.path("version").asLong());

        Resp held = post(path + "/meeting", HEAD, meeting(today.minusDays(1), true), "If-Match",
                sent.header("ETag").orElseThrow());
        assertStatus(200, held);
        assertEquals("MEETING_HELD", held.json().path("status").asText());
        assertEquals("the residents' opinion is recorded, not a vote", "Тұрғындар кандидатты қолдады",
                held.json().path("meeting").path("residentsOpinion").asText());

        p = assertProblem(422, post(path + "/outcome", HEAD, Map.of("status", "APPOINTED", "orderDate",
                today.toString()), "If-Match", held.header("ETag").orElseThrow()));
        assertTrue(p.toString(), namesField(p, "orderNumber"));
        Resp appointed = post(path + "/outcome", HEAD, Map.of("status", "APPOINTED", "orderNumber", "245-ж/қ",
                "orderDate", today.toString()), "If-Match", held.header("ETag").orElseThrow());
        assertStatus(200, appointed);
        assertEquals("APPOINTED", appointed.json().path("status").asText());
        assertEquals("245-ж/қ", appointed.json().path("outcome").path("orderNumber").asText());
        assertProblem(409, post(path + "/outcome", HEAD, Map.of("status", "WITHDRAWN", "reason", "—"),
                "If-Match", appointed.header("ETag").orElseThrow()));

        // the head reads the cases of the vacancy
        Resp list = get("/district/appointments?vacancy=" + precinct, INSPECTOR);
        assertStatus(200, list);
        assertEquals(1, list.json().path("total").asLong());
    }

    // ------------------------------------------------------------------------------------------------ public report

    @Test
    public void t03PublicReportCompletesTheQuartersTask() {
        assertStatus(200, post("/tasks/sweep", ADMIN, Map.of()));
        long inspector = officerOf("district", "district.inspector").path("id").asLong();
        LocalDate today = LocalDate.now(ALMATY);
        ReportingPeriod quarter = ReportingPeriod.containing(today, ReportingPeriod.Kind.QUARTER);
        JsonNode task = obligation("district.public-report", inspector, quarter);
        assertEquals("OPEN", task.path("status").asText());
        long precinct = nodeId("PRECINCT", "DEMO-CITY-P-001");

        JsonNode p = assertProblem(422, post("/district/public-reports", INSPECTOR,
                publicReport(precinct, today.plusDays(1)).without("legalEducation")));
        assertTrue(p.toString(), namesField(p, "heldOn"));
        assertTrue("the fourth section of Decree 723 is required: " + p, namesField(p, "legalEducation"));
        ObjectNode otherQuarter = publicReport(precinct, today).put("quarter",
                ReportingPeriod.containing(quarter.start().minusDays(1), ReportingPeriod.Kind.QUARTER).toString());
        p = assertProblem(422, post("/district/public-reports", INSPECTOR, otherQuarter));
        assertTrue("the date must lie in the quarter: " + p, namesField(p, "heldOn"));
        assertEquals(0, get("/district/public-reports?officer=me", INSPECTOR).json().path("total").asLong());

        Resp held = post("/district/public-reports", INSPECTOR, publicReport(precinct, today));
        assertStatus(201, held);
        assertEquals(quarter.toString(), held.json().path("quarter").asText());
        assertEquals(task.path("id").asLong(), held.json().path("taskId").asLong());
        assertEquals("recording the report completes the quarter's task", "DONE",
                get("/tasks/" + task.path("id").asLong(), INSPECTOR).json().path("status").asText());
        // a second report in the quarter is welcome (at least one, BR-19) and completes nothing more
        Resp second = post("/district/public-reports", INSPECTOR, publicReport(precinct, today));
        assertStatus(201, second);
        assertFalse("no task left to complete: " + second.json(), second.json().hasNonNull("taskId"));

        // the demo report of a precinct inspector was recorded before the first sweep: its occurrence was created
        // done then, so the sweep did not open it
        JsonNode demo = null;
        for (JsonNode r : get("/district/public-reports?quarter=" + quarter, ADMIN).json().path("items")) {
            if (r.path("officerId").asLong() != inspector) {
                demo = r;
            }
        }
        assertNotNull("the demo report", demo);
        JsonNode demoTask = obligation("district.public-report", demo.path("officerId").asLong(), quarter);
        assertEquals("DONE", demoTask.path("status").asText());
        assertEquals(demoTask.path("id").asLong(), demo.path("taskId").asLong());

        Resp mine = get("/district/public-reports?quarter=" + quarter + "&officer=me", INSPECTOR);
        assertStatus(200, mine);
        assertEquals(2, mine.json().path("total").asLong());
        assertEquals(2, get("/district/public-reports?quarter=" + quarter + "&officer=" + inspector, HEAD).json()
                .path("total").asLong());
        assertProblem(422, get("/district/public-reports?quarter=2026-13", HEAD));
    }

    // ------------------------------------------------------------------------------------------------ work plan

    @Test
    public void t04WorkPlanApprovedByTheHeadGivesItsItemsAsTasks() {
        JsonNode inspector = officerOf("district", "district.inspector");
        JsonNode head = officerOf("district", "district.head");
        long unitNode = inspector.path("departmentId").asLong();
        YearMonth next = YearMonth.now(ALMATY).plusMonths(1);
        ObjectNode plan = JSON.createObjectNode().put("departmentId", unitNode).put("month", next.toString());
        plan.putArray("items").add(item("Абай көшесіндегі үйлерді аралау", inspector.path("id").asLong(),
                next.plusMonths(1).atDay(10)));
        JsonNode p = assertProblem(422, post("/district/work-plans", INSPECTOR, plan));
        assertTrue("an item's due day lies in the month: " + p, namesField(p, "items[0].dueOn"));
        assertEquals(0, get("/district/work-plans?month=" + next, HEAD).json().path("total").asLong());

        plan.putArray("items").add(item("Абай көшесіндегі үйлерді аралау", inspector.path("id").asLong(),
                next.atDay(10))).add(item("Тұрғындармен кездесу өткізу", head.path("id").asLong(), next.atDay(20)));
        Resp drafted = post("/district/work-plans", INSPECTOR, plan);
        assertStatus(201, drafted);
        assertEquals("DRAFT", drafted.json().path("status").asText());
        assertProblem(409, post("/district/work-plans", INSPECTOR, plan));
        long id = drafted.json().path("id").asLong();

        ObjectNode items = JSON.createObjectNode();
        items.putArray("items").add(item("Абай және Сәтпаев көшелеріндегі үйлерді аралау",
                inspector.path("id").asLong(), next.atDay(12))).add(item("Тұрғындармен кездесу өткізу",
                        head.path("id").asLong(), next.atDay(20)));
        Resp revised = put("/district/work-plans/" + id, INSPECTOR, items, "If-Match",
                drafted.header("ETag").orElseThrow());
        assertStatus(200, revised);

        // BR-20: only the head approves
        assertProblem(403, post("/district/work-plans/" + id + "/approval", INSPECTOR, Map.of(), "If-Match",
                revised.header("ETag").orElseThrow()));
        assertStatus(428, post("/district/work-plans/" + id + "/approval", HEAD, Map.of()));
        Resp approved = post("/district/work-plans/" + id + "/approval", HEAD, Map.of(), "If-Match",
                revised.header("ETag").orElseThrow());
        assertStatus(200, approved);
        assertEquals("APPROVED", approved.json().path("status").asText());
        assertFalse("approved before the month: on time", approved.json().path("approvedLate").asBoolean());
        JsonNode first = approved.json().path("items").path(0);
        JsonNode task = get("/tasks/" + first.path("taskId").asLong(), INSPECTOR).json();
        assertEquals("district.work-plan-item", task.path("kind").asText());
        assertEquals(inspector.path("id").asLong(), task.path("assigneeId").asLong());
        assertEquals(next.atDay(12), Instant.parse(task.path("dueAt").asText()).atZone(ALMATY).toLocalDate());
        assertTrue(task.path("title").asText().contains("Сәтпаев"));
        JsonNode second = approved.json().path("items").path(1);
        assertEquals(head.path("id").asLong(), get("/tasks/" + second.path("taskId").asLong(), HEAD).json()
                .path("assigneeId").asLong());
        assertProblem(409, post("/district/work-plans/" + id + "/approval", HEAD, Map.of(), "If-Match",
                approved.header("ETag").orElseThrow()));
        assertProblem(409, put("/district/work-plans/" + id, HEAD, items, "If-Match",
                approved.header("ETag").orElseThrow()));

        // the plan of the month already begun: approved, but flagged late
        YearMonth current = YearMonth.now(ALMATY);
        ObjectNode late = JSON.createObjectNode().put("departmentId", unitNode).put("month", current.toString());
        late.putArray("items").add(item("Профилактикалық есептегілерді тексеру", inspector.path("id").asLong(),
                current.atEndOfMonth()));
        Resp lateDraft = post("/district/work-plans", HEAD, late);
        assertStatus(201, lateDraft);
        // an inspector does not rewrite a draft someone else made (only a head or its author)
        ObjectNode rewrite = JSON.createObjectNode();
        rewrite.putArray("items").add(item("Басқа жоспар", inspector.path("id").asLong(), current.atEndOfMonth()));
        assertProblem(403, put("/district/work-plans/" + lateDraft.json().path("id").asLong(), INSPECTOR, rewrite,
                "If-Match", lateDraft.header("ETag").orElseThrow()));
        Resp lateApproval = post("/district/work-plans/" + lateDraft.json().path("id").asLong() + "/approval", HEAD,
                Map.of(), "If-Match", lateDraft.header("ETag").orElseThrow());
        assertStatus(200, lateApproval);
        assertTrue(lateApproval.json().path("approvedLate").asBoolean());
    }

    // ------------------------------------------------------------------------------------------------ statement

    @Test
    public void t05StatementCarriesTheFiguresAndCompletesTheMonthsTask() {
        assertStatus(200, post("/tasks/sweep", ADMIN, Map.of()));
        long inspector = officerOf("district", "district.inspector").path("id").asLong();
        LocalDate today = LocalDate.now(ALMATY);
        ReportingPeriod month = ReportingPeriod.containing(today, ReportingPeriod.Kind.MONTH);
        JsonNode task = obligation("district.work-statement", inspector, month);

        JsonNode before = get("/district/statements/draft?month=" + month, INSPECTOR).json();
        // a notebook assignment given and done this month
        Resp entry = post("/district/notebook", INSPECTOR, Map.of("assignment", "Дүкендерді тексеру",
                "issuedBy", "ЖПҚ бастығы", "deadline", today.toString()));
        assertStatus(201, entry);
        assertStatus(200, post("/district/notebook/" + entry.json().path("id").asLong() + "/completion", INSPECTOR,
                Map.of(), "If-Match", entry.header("ETag").orElseThrow()));

        Resp draft = get("/district/statements/draft?month=" + month, INSPECTOR);
        assertStatus(200, draft);
        assertEquals(before.path("notebookDone").asLong() + 1, draft.json().path("notebookDone").asLong());
        assertEquals(before.path("notebookIssued").asLong() + 1, draft.json().path("notebookIssued").asLong());

        JsonNode p = assertProblem(422, post("/district/statements", INSPECTOR, Map.of("month", month.toString())));
        assertTrue(p.toString(), namesField(p, "text"));
        p = assertProblem(422, post("/district/statements", INSPECTOR, Map.of("month", month.next().toString(),
                "text", "Ай ішінде атқарылған жұмыс")));
        assertTrue("a month not begun: " + p, namesField(p, "month"));
        p = assertProblem(422, post("/district/statements", INSPECTOR, Map.of("month", "2026-Q4",
                "text", "Ай ішінде атқарылған жұмыс")));
        assertTrue("a month, as the norm says: " + p, namesField(p, "month"));
        assertEquals(0, get("/district/statements?officer=me", INSPECTOR).json().path("total").asLong());

        Resp submitted = post("/district/statements", INSPECTOR, Map.of("month", month.toString(),
                "text", "Ай ішінде 2 рет халық алдында есеп берілді, тапсырмалар орындалды",
                "submittedTo", "ЖПҚ бастығы"));
        assertStatus(201, submitted);
        JsonNode figures = submitted.json().path("figures");
        assertEquals("the figures counted at submission: " + figures, draft.json(), figures);
        assertEquals("the reports to the population held today (t03): " + figures, 2,
                figures.path("publicReports").asLong());
        assertEquals(0, figures.path("applicationsDecided").asLong());
        assertEquals(0, figures.path("registerChecks").asLong());
        assertEquals(task.path("id").asLong(), submitted.json().path("taskId").asLong());
        assertEquals("submitting completes the month's task", "DONE",
                get("/tasks/" + task.path("id").asLong(), INSPECTOR).json().path("status").asText());
        assertProblem(409, post("/district/statements", INSPECTOR, Map.of("month", month.toString(),
                "text", "қайта")));

        // the head generalises the month's statements
        Resp all = get("/district/statements?month=" + month, HEAD);
        assertStatus(200, all);
        assertEquals(1, all.json().path("total").asLong());
        assertEquals(inspector, all.json().path("items").path(0).path("officerId").asLong());
    }

    // ------------------------------------------------------------------------------------------------ reports

    @Test
    public void t06ReportsRunToDoneAndRenderAsCsv() {
        LocalDate today = LocalDate.now(ALMATY);
        String month = ReportingPeriod.containing(today, ReportingPeriod.Kind.MONTH).toString();
        String quarter = ReportingPeriod.containing(today, ReportingPeriod.Kind.QUARTER).toString();

        String run = run("district.monthly-statement", month);
        JsonNode rows = get(run + "/result?format=json&lang=en", HEAD).json();
        JsonNode mine = row(rows, "Демоұлы");
        assertEquals(rows.toString(), "submitted", mine.path("statement").asText());
        assertEquals(2, mine.path("publicReports").asLong());
        assertEquals("not submitted", row(rows, "Демобаев").path("statement").asText());
        assertEquals("BAR", rows.path("chart").path("kind").asText());
        assertTrue(rows.path("totals").path("publicReports").asLong() >= 2);
        Resp csv = get(run + "/result?format=csv&lang=ru", HEAD);
        assertStatus(200, csv);
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().contains("Демоұлы") && csv.body().contains("представлена"));
        Resp pdf = get(run + "/result?format=pdf", HEAD);
        assertStatus(200, pdf);
        assertTrue(pdf.body().startsWith("%PDF"));

        run = run("district.public-reports", quarter);
        rows = get(run + "/result?format=json&lang=en", HEAD).json();
        mine = row(rows, "Демоұлы");
        assertEquals(2, mine.path("held").asLong());
        assertEquals(1, mine.path("required").asLong());
        assertEquals(0, mine.path("missing").asLong());
        assertEquals("held", mine.path("status").asText());
        JsonNode head = row(rows, "Демобаев");
        assertEquals("no report this quarter: flagged", "missing", head.path("status").asText());
        assertEquals(1, head.path("missing").asLong());
        csv = get(run + "/result?format=csv", HEAD);
        assertStatus(200, csv);
        assertTrue(csv.body(), csv.body().contains("Демобаев") && csv.body().contains("өткізілмеді"));
        // the period kind the report takes
        assertProblem(422, post("/reports/district.public-reports/runs", HEAD, Map.of("period", month)));
    }

    // ------------------------------------------------------------------------------------------------ shell

    @Test
    public void t07ShellListsTheOverdueTasks() throws Exception {
        LocalDate today = LocalDate.now(ALMATY);
        Resp late = post("/district/appointments", HEAD, Map.of("vacancyId", nodeId("PRECINCT", "DEMO-CITY-P-003"),
                "candidateKind", "NEW_ENTRANT", "candidateName", "Омаров Бауыржан",
                "acceptanceEndsOn", today.minusDays(20).toString()));
        assertStatus(201, late);
        String out = shell(sessionFactory, "district.head", "district:overdue", "district-head");
        assertTrue(out, out.contains("Days late"));
        String line = out.lines().filter(l -> l.contains("district.appointment-petition")).findFirst().orElse(null);
        assertNotNull("the overdue petition listed: " + out, line);
        assertTrue("15 days late: " + line, line.matches(".*\\b15\\s*$"));
        assertTrue(line, line.contains("Демобаев"));
        assertTrue(line, line.contains(today.minusDays(15).toString()));
        out = shell(sessionFactory, "district.head", "district:overdue --kind district.work-plan-item",
                "district-head");
        assertFalse(out, out.contains("district.appointment-petition"));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String run(String report, String period) {
        Resp r = post("/reports/" + report + "/runs", HEAD, Map.of("period", period));
        assertStatus(202, r);
        String path = java.net.URI.create(r.header("Location").orElseThrow()).getPath().replaceFirst("^/api/v1", "");
        JsonNode done = await("run of " + report, 60_000, () -> {
            JsonNode j = get(path, HEAD).json();
            return List.of("DONE", "FAILED", "CANCELLED").contains(j.path("state").asText()) ? j : null;
        });
        assertEquals("run: " + done, "DONE", done.path("state").asText());
        return path;
    }

    private static JsonNode row(JsonNode result, String surname) {
        for (JsonNode r : result.path("rows")) {
            if (r.path("officer").asText().startsWith(surname)) {
                return r;
            }
        }
        throw new AssertionError("no row of " + surname + " in " + result);
    }

    /** The officer's task of a recurring obligation for the period (created by the sweep). */
    private static JsonNode obligation(String kind, long officerId, ReportingPeriod period) {
        Resp r = get("/tasks?kind=" + kind + "&subjectType=officer&subjectId=" + officerId + "&limit=50", ADMIN);
        assertStatus(200, r);
        for (JsonNode t : r.json().path("items")) {
            if ((kind + ":" + period + ":" + officerId).equals(t.path("originKey").asText())) {
                return t;
            }
        }
        throw new AssertionError("no " + kind + " task of " + period + ": " + r);
    }

    private static long nodeId(String kind, String code) {
        Resp r = get("/org-units?kind=" + kind + "&limit=500", ADMIN);
        assertStatus(200, r);
        for (JsonNode n : r.json().path("items")) {
            if (code.equals(n.path("code").asText())) {
                return n.path("id").asLong();
            }
        }
        throw new AssertionError("no " + kind + " " + code + " in " + r);
    }

    private static ObjectNode petition(LocalDate sentOn) {
        return JSON.createObjectNode().put("sentOn", sentOn.toString()).put("executiveBody", "Ақжар қаласының әкімдігі")
                .put("meetingPlace", "№ 12 мектептің мәжіліс залы")
                .put("meetingAt", sentOn.plusDays(5).atTime(LocalTime.of(15, 0)).toString());
    }

    private static ObjectNode meeting(LocalDate heldOn, boolean serviceRecord) {
        ObjectNode m = JSON.createObjectNode().put("heldOn", heldOn.toString()).put("place", "№ 12 мектеп")
                .put("candidatePresented", true).put("characterisationPresented", true).put("attendance", 54)
                .put("residentsOpinion", "Тұрғындар кандидатты қолдады");
        if (serviceRecord) {
            m.put("serviceRecordPresented", true);
        }
        return m;
    }

    private static ObjectNode publicReport(long precinct, LocalDate heldOn) {
        return JSON.createObjectNode().put("precinctId", precinct).put("heldOn", heldOn.toString())
                .put("venue", "Ақжар қаласы, № 3 мәдениет үйі").put("audience", 48)
                .put("prevention", "Тоқсан ішінде учаскеде 12 құқық бұзушылық тіркелді, оның 9-ы ашылды")
                .put("publicControl", "Қоғамдық кеңестің 2 отырысы өтті")
                .put("interaction", "Мектептермен және ПИК-пен бірлескен рейдтер")
                .put("legalEducation", "Алаяқтықтың алдын алу туралы 4 дәріс")
                .put("questionsRaised", "Көше жарығы, жасөспірімдердің кешкі уақыттағы жүрісі")
                .put("followUp", "Әкімдікке көше жарығы туралы хат жіберу");
    }

    private static ObjectNode item(String text, long officerId, LocalDate dueOn) {
        return JSON.createObjectNode().put("text", text).put("officerId", officerId).put("dueOn", dueOn.toString());
    }
}
