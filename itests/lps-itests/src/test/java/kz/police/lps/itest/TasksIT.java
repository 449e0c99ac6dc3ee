package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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

/**
 * Tasks through the distribution: due instants from norms and the calendar, who sees and completes what, cover
 * re-routing, escalation to the head, the sample unit's recurring obligation, and the person alerts; the sample
 * unit's contributions go with its feature while the stored tasks stay.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class TasksIT extends LpsTestSupport {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Inject
    protected SessionFactory sessionFactory;

    @Inject
    FeaturesService featuresService;

    @Configuration
    public Option[] config() {
        return lpsDistribution();
    }

    @Before
    public void ready() throws Exception {
        awaitReady();
        ensureSampleLogins(featuresService);
    }

    @Test
    public void t01DueFromTheNormThroughTheCalendar() {
        JsonNode inspector = officer("sample.inspector");
        // sample.check.report-deadline: 5 working days; after Fri 20 March 2026 (Nauryz moves days off) → 1 April
        Resp created = post("/tasks", ADMIN, taskBody(inspector, "sample.check.report-deadline", null)
                .put("event", "2026-03-20T10:00:00Z"));
        assertStatus(201, created);
        assertTrue("Location: " + created, created.header("Location").orElse("").matches(".*/tasks/\\d+$"));
        JsonNode task = created.json();
        Instant due = Instant.parse(task.path("dueAt").asText());
        assertEquals("end of 1 April 2026 in Almaty", LocalDate.of(2026, 4, 1).atTime(23, 59, 59).atZone(ALMATY)
                .toInstant(), due.truncatedTo(ChronoUnit.SECONDS));
        Resp calendar = get("/calendar/deadline?from=2026-03-20T10:00:00Z&amount=5&unit=WORKING_DAYS", ADMIN);
        assertStatus(200, calendar);
        assertEquals("the calendar's own answer", Instant.parse(calendar.json().path("due").asText()), due);
        assertEquals("OPEN", task.path("status").asText());
        assertEquals(inspector.path("id").asLong(), task.path("assigneeId").asLong());
    }

    @Test
    public void t02BadInputNamesTheFieldAndStoresNothing() {
        JsonNode inspector = officer("sample.inspector");
        long before = total("/tasks?unit=sample&status=OPEN");
        ObjectNode noTitle = taskBody(inspector, "sample.check.report-deadline", null);
        noTitle.remove("title");
        assertTrue(namesField(assertProblem(422, post("/tasks", ADMIN, noTitle)), "title"));
        assertTrue(namesField(assertProblem(422, post("/tasks", ADMIN, taskBody(inspector, "no.such.norm", null))),
                "normKey"));
        assertTrue("a periodicity is no deadline", namesField(assertProblem(422, post("/tasks", ADMIN,
                taskBody(inspector, "sample.plan.periodicity", null))), "normKey"));
        assertTrue("norm and due time both", namesField(assertProblem(422, post("/tasks", ADMIN,
                taskBody(inspector, "sample.check.report-deadline", "2026-12-01T00:00:00Z"))), "normKey"));
        assertTrue(namesField(assertProblem(422, post("/tasks", ADMIN,
                taskBody(inspector, null, "2026-12-01T00:00:00Z").put("kind", "other.kind"))), "kind"));
        assertTrue("unreadable JSON value", namesField(assertProblem(400, post("/tasks", ADMIN,
                taskBody(inspector, null, "not-a-time"))), "dueAt"));
        Resp others = get("/officers?unit=district&limit=1", ADMIN);
        long otherUnitOfficer = others.json().path("items").path(0).path("id").asLong();
        assertTrue("an officer of the district unit: " + others, otherUnitOfficer > 0);
        assertTrue("assignee of another unit", namesField(assertProblem(422, post("/tasks", ADMIN,
                taskBody(inspector, null, "2026-12-01T00:00:00Z").put("assigneeId", otherUnitOfficer))),
                "assigneeId"));
        assertTrue("unknown assignee", namesField(assertProblem(422, post("/tasks", ADMIN,
                taskBody(inspector, null, "2026-12-01T00:00:00Z").put("assigneeId", 987654321L))), "assigneeId"));
        assertProblem(422, get("/tasks?overdue=maybe", ADMIN));
        assertEquals("nothing stored", before, total("/tasks?unit=sample&status=OPEN"));
    }

    @Test
    public void t03TheAssigneeSeesAndCompletesItsTask() {
        JsonNode inspector = officer("sample.inspector");
        JsonNode task = post("/tasks", ADMIN, taskBody(inspector, null, Instant.now().plus(2, ChronoUnit.DAYS)
                .toString())).json();
        long id = task.path("id").asLong();

        Resp mine = get("/tasks?assignee=me&status=OPEN&limit=500", SAMPLE_INSPECTOR);
        assertStatus(200, mine);
        assertTrue("listed as mine: " + mine, ids(mine.json()).contains(id));
        assertTrue("admin has no officer: 'me' is refused",
                namesField(assertProblem(422, get("/tasks?assignee=me", ADMIN)), "assignee"));

        String path = "/tasks/" + id + "/completion";
        assertProblem(428, post(path, SAMPLE_INSPECTOR, java.util.Map.of("outcome", "done")));
        assertProblem(412, post(path, SAMPLE_INSPECTOR, java.util.Map.of("outcome", "done"), "If-Match", "\"999\""));
        assertTrue(namesField(assertProblem(422, post(path, SAMPLE_INSPECTOR, java.util.Map.of("outcome", " "),
                "If-Match", etag(id))), "outcome"));
        Resp done = post(path, SAMPLE_INSPECTOR, java.util.Map.of("outcome", "report sent"), "If-Match", etag(id));
        assertStatus(200, done);
        assertEquals("DONE", done.json().path("status").asText());
        assertEquals("sample.inspector", done.json().path("completedBy").asText());
        assertTrue("twice: not open", namesField(assertProblem(422, post(path, SAMPLE_INSPECTOR,
                java.util.Map.of("outcome", "again"), "If-Match", etag(id))), "status"));
        // an inspector may not cancel: heads do
        JsonNode other = post("/tasks", ADMIN, taskBody(inspector, null, Instant.now().plus(2, ChronoUnit.DAYS)
                .toString())).json();
        assertProblem(403, post("/tasks/" + other.path("id").asLong() + "/cancellation", SAMPLE_INSPECTOR,
                java.util.Map.of("reason", "no"), "If-Match", etag(other.path("id").asLong())));
        Resp cancelled = post("/tasks/" + other.path("id").asLong() + "/cancellation", SAMPLE_HEAD,
                java.util.Map.of("reason", "duplicate"), "If-Match", etag(other.path("id").asLong()));
        assertStatus(200, cancelled);
        assertEquals("CANCELLED", cancelled.json().path("status").asText());
    }

    @Test
    public void t04InspectorsGiveTasksToThemselvesOnly() {
        JsonNode inspector = officer("sample.inspector");
        JsonNode head = officer("sample.head");
        String due = Instant.now().plus(1, ChronoUnit.DAYS).toString();
        assertStatus(201, post("/tasks", SAMPLE_INSPECTOR, taskBody(inspector, null, due)));
        assertProblem(403, post("/tasks", SAMPLE_INSPECTOR, taskBody(head, null, due)));
        assertStatus(201, post("/tasks", SAMPLE_HEAD, taskBody(inspector, null, due)));
    }

    @Test
    public void t05OverdueTasksEscalateToTheHead() {
        JsonNode inspector = officer("sample.inspector");
        JsonNode head = officer("sample.head");
        long id = post("/tasks", ADMIN, taskBody(inspector, null, Instant.now().minus(1, ChronoUnit.HOURS)
                .toString())).json().path("id").asLong();
        Resp overdue = get("/tasks?assignee=me&overdue=true&limit=500", SAMPLE_INSPECTOR);
        assertTrue("listed overdue: " + overdue, ids(overdue.json()).contains(id));

        assertProblem(403, post("/tasks/sweep", SAMPLE_HEAD, java.util.Map.of()));
        Resp sweep = post("/tasks/sweep", ADMIN, java.util.Map.of());
        assertStatus(200, sweep);
        assertTrue("escalated: " + sweep, sweep.json().path("escalated").asInt() >= 1);

        JsonNode task = get("/tasks/" + id, SAMPLE_HEAD).json();
        assertTrue("escalatedAt: " + task, task.hasNonNull("escalatedAt"));
        assertEquals("to the unit's head", head.path("id").asLong(), task.path("escalatedToId").asLong());
        Resp heads = get("/tasks?escalatedTo=me&limit=500", SAMPLE_HEAD);
        assertTrue("in the head's list: " + heads, ids(heads.json()).contains(id));
        // escalation happens once
        post("/tasks/sweep", ADMIN, java.util.Map.of());
        assertEquals(task.path("escalatedAt").asText(), get("/tasks/" + id, ADMIN).json().path("escalatedAt")
                .asText());
    }

    @Test
    public void t11AbsentOfficersTasksGoToTheirCover() {
        JsonNode inspector = officer("sample.inspector");
        JsonNode head = officer("sample.head");
        long id = post("/tasks", ADMIN, taskBody(inspector, null, Instant.now().plus(3, ChronoUnit.DAYS)
                .toString())).json().path("id").asLong();
        LocalDate today = LocalDate.now(ALMATY);
        ObjectNode absence = JSON.createObjectNode().put("kind", "SICK_LEAVE").put("from", today.toString())
                .put("to", today.plusDays(7).toString()).put("coverOfficerId", inspector.path("id").asLong());
        String path = "/officers/" + inspector.path("id").asLong() + "/absences";
        assertTrue("covering oneself", namesField(assertProblem(422, post(path, ADMIN, absence)), "coverOfficerId"));
        absence.put("coverOfficerId", head.path("id").asLong());
        assertStatus(201, post(path, ADMIN, absence));

        assertTrue("re-routed", post("/tasks/sweep", ADMIN, java.util.Map.of()).json().path("rerouted").asInt() >= 1);
        JsonNode task = get("/tasks/" + id, ADMIN).json();
        assertEquals("with the cover", head.path("id").asLong(), task.path("assigneeId").asLong());
        assertEquals("for the absent one", inspector.path("id").asLong(), task.path("originalAssigneeId").asLong());
        assertTrue("the absent officer still sees it",
                ids(get("/tasks?limit=500", SAMPLE_INSPECTOR).json()).contains(id));
    }

    @Test
    public void t07RecurringObligationsOncePerPeriod() {
        Resp first = post("/tasks/sweep", ADMIN, java.util.Map.of());
        assertStatus(200, first);
        Resp plans = get("/tasks?kind=sample.monthly-plan&limit=500", ADMIN);
        assertStatus(200, plans);
        JsonNode items = plans.json().path("items");
        assertTrue("plans of the sample officers: " + plans, items.size() >= 2);
        YearMonth month = YearMonth.now(ALMATY);
        Instant endOfMonth = month.atEndOfMonth().atTime(23, 59, 59).atZone(ALMATY).toInstant();
        for (JsonNode t : items) {
            assertEquals("due at the end of the month: " + t, endOfMonth,
                    Instant.parse(t.path("dueAt").asText()).truncatedTo(ChronoUnit.SECONDS));
            assertTrue("origin key: " + t, t.path("originKey").asText().startsWith("sample.monthly-plan:" + month));
        }
        long count = plans.json().path("total").asLong();
        post("/tasks/sweep", ADMIN, java.util.Map.of());
        assertEquals("not created twice", count, total("/tasks?kind=sample.monthly-plan"));
    }

    @Test
    public void t08AlertsOfEverySourceOnTheCard() {
        long person = firstPersonId();
        Resp alerts = get("/persons/" + person + "/alerts", ADMIN);
        assertStatus(200, alerts);
        List<String> codes = codes(alerts.json());
        assertEquals("most severe first: " + alerts, "sample.danger", codes.get(0));
        assertTrue("the section's alert too: " + alerts, codes.contains("sample.alert"));
        JsonNode card = get("/persons/" + person + "/card", ADMIN).json();
        assertEquals("the card's top", codes, codes(card.path("alerts")));
    }

    @Test
    public void t09ShellListsTasksAndGuardsTheScheduler() throws Exception {
        JsonNode inspector = officer("sample.inspector");
        long id = post("/tasks", ADMIN, taskBody(inspector, null, Instant.now().plus(5, ChronoUnit.DAYS)
                .toString())).json().path("id").asLong();
        String out = shell(sessionFactory, "sample.inspector", "lps:tasks --assignee me --limit 500",
                "sample-inspector");
        assertTrue("own task listed: " + out, out.contains(String.valueOf(id)));
        String sweep = shell(sessionFactory, "admin", "lps:tasks-sweep");
        assertTrue(sweep, sweep.contains("escalated"));
        try {
            String refused = shell(sessionFactory, "sample.inspector", "lps:tasks-sweep", "sample-inspector");
            throw new AssertionError("not refused: " + refused);
        } catch (Exception expected) {
            assertTrue("refused for its role: " + expected, String.valueOf(expected).contains("access denied")
                    || String.valueOf(expected).contains("AccessDenied"));
        }
    }

    @Test
    public void t10UninstallKeepsTasksAndWithdrawsContributions() throws Exception {
        JsonNode inspector = officer("sample.inspector");
        long id = post("/tasks", ADMIN, taskBody(inspector, null, Instant.now().plus(5, ChronoUnit.DAYS)
                .toString())).json().path("id").asLong();
        long plans = total("/tasks?kind=sample.monthly-plan");
        uninstallTestUnit(featuresService);
        try {
            assertStatus(200, get("/tasks/" + id, ADMIN));
            assertEquals("stored plans kept", plans, total("/tasks?kind=sample.monthly-plan"));
            long person = firstPersonId();
            List<String> codes = codes(get("/persons/" + person + "/alerts", ADMIN).json());
            assertFalse("no sample alerts: " + codes, codes.stream().anyMatch(c -> c.startsWith("sample.")));
            // the source went with the unit: a sweep creates nothing for it
            assertEquals(0, post("/tasks/sweep", ADMIN, java.util.Map.of()).json().path("created").asInt());
        } finally {
            installTestUnit(featuresService);
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static JsonNode officer(String login) {
        JsonNode o = officerOf("sample", login);
        assertNotNull("officer of " + login, o);
        return o;
    }

    private static ObjectNode taskBody(JsonNode assignee, String normKey, String dueAt) {
        ObjectNode body = JSON.createObjectNode().put("unitId", "sample").put("kind", "sample.check-report")
                .put("title", "Write the check report").put("subjectType", "person").put("subjectId", "1")
                .put("departmentId", assignee.path("departmentId").asLong())
                .put("assigneeId", assignee.path("id").asLong());
        if (normKey != null) {
            body.put("normKey", normKey);
        }
        if (dueAt != null) {
            body.put("dueAt", dueAt);
        }
        return body;
    }

    private static String etag(long taskId) {
        Resp r = get("/tasks/" + taskId, ADMIN);
        assertStatus(200, r);
        return r.header("ETag").orElseThrow();
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("items").forEach(t -> ids.add(t.path("id").asLong()));
        return ids;
    }

    private static List<String> codes(JsonNode alerts) {
        List<String> codes = new ArrayList<>();
        alerts.forEach(a -> codes.add(a.path("code").asText()));
        return codes;
    }

    private static long firstPersonId() {
        Resp r = get("/persons?limit=1", ADMIN);
        assertStatus(200, r);
        return r.json().path("items").path(0).path("id").asLong();
    }
}
