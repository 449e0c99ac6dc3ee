package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import kz.police.lps.core.api.person.Sex;

/**
 * Applications and reports intake against one container: the sample unit's kinds, registration numbers and
 * deadlines, assignment with its task, decision, notice to the applicant, need-to-know, and the unit's uninstall.
 * Methods run in name order; each installs the sample unit when missing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ApplicationsIT extends LpsTestSupport {

    static final String COMPLAINT = "sample.complaint";
    static final String CONFIDENTIAL = "sample.confidential-report";
    static final String TASK_KIND = "core.application-decision";
    static final Pattern NUMBER = Pattern.compile("^([A-Z0-9-]+)-(\\d{4})-(\\d{6,})$");
    static final String OUTSIDER = "apps.outsider";
    static final String OUTSIDER_AUTH = OUTSIDER + ":outsider-secret-1";

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
        ensureSampleLogins(featuresService);
        await("sample application kinds listed", 30_000,
                () -> get("/application-kinds?unit=sample", ADMIN).json().size() == 2);
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    public void t01KindsOfTheInstalledUnit() throws Exception {
        JsonNode kinds = get("/application-kinds?unit=sample", SAMPLE_INSPECTOR).json();
        assertEquals("kinds: " + kinds, 2, kinds.size());
        JsonNode complaint = kind(kinds, COMPLAINT);
        assertEquals("sample", complaint.path("unitId").asText());
        assertEquals("Sample complaint", complaint.path("name").path("en").asText());
        assertEquals("sample.complaint.decision-deadline", complaint.path("decisionNorm").asText());
        assertEquals("sample-order-1-2026", complaint.path("actCode").asText());
        assertFalse(complaint.path("restricted").asBoolean());
        assertTrue(kind(kinds, CONFIDENTIAL).path("restricted").asBoolean());
        assertEquals(0, get("/application-kinds?unit=no-such-unit", ADMIN).json().size());
        assertTrue(get("/application-kinds", ADMIN).json().size() >= 2);

        String shell = shell(sessionFactory, "admin", "lps:application-kinds --unit sample --lang en");
        assertTrue("shell kinds: " + shell, shell.contains(COMPLAINT) && shell.contains(CONFIDENTIAL)
                && shell.contains("Sample complaint"));
        JsonNode labels = get("/enumerations/decision-kind", ADMIN, "Accept-Language", "ru").json();
        assertTrue("decision kinds labelled: " + labels, labels.toString().contains("зарегистрировано в ЕРДР"));
    }

    @Test
    public void t02ReceiveGivesNumberAndDeadline() {
        long city = districtBodyId("DEMO-CITY");
        long personId = createPerson(personJson(newIin(LocalDate.of(1984, 5, 6), Sex.FEMALE), city)).json()
                .path("id").asLong();
        ObjectNode body = application(COMPLAINT, null);
        body.putObject("applicant").put("personId", personId);
        body.put("receivedAt", "2026-03-20T06:00:00Z");
        Resp created = post("/applications", SAMPLE_INSPECTOR, body);
        assertStatus(201, created);
        JsonNode a = created.json();
        long id = a.path("id").asLong();
        assertTrue("Location: " + created, created.header("Location").orElse("").endsWith("/applications/" + id));
        assertEquals("\"" + a.path("version").asLong() + "\"", created.header("ETag").orElse(null));
        assertEquals("REGISTERED", a.path("status").asText());
        assertEquals(personId, a.path("applicant").path("personId").asLong());
        assertEquals("IN_PERSON", a.path("channel").asText());
        assertEquals("sample", a.path("unitId").asText());
        assertEquals("sample.complaint.decision-deadline", a.path("normKey").asText());
        assertEquals("sample.inspector", a.path("createdBy").asText());

        // the number: the registering department's code, the year, a serial
        long departmentId = a.path("departmentId").asLong();
        assertEquals("the inspector's own department", officerOf("sample", "sample.inspector")
                .path("departmentId").asLong(), departmentId);
        String code = get("/org-units/" + departmentId, ADMIN).json().path("code").asText();
        Matcher m = NUMBER.matcher(a.path("number").asText());
        assertTrue("number format: " + a, m.matches());
        assertEquals(code, m.group(1));
        assertEquals(String.valueOf(LocalDate.now(ZoneId.of("Asia/Almaty")).getYear()), m.group(2));

        // the deadline: 3 working days from receipt, as the calendar counts them (Nauryz holidays in between)
        JsonNode due = get("/calendar/deadline?from=2026-03-20T06:00:00Z&amount=3&unit=WORKING_DAYS", ADMIN).json();
        assertEquals(due.path("due").asText(), a.path("dueAt").asText());
        assertEquals("2026-03-30", due.path("dueDate").asText());

        // read back, audited
        Resp read = get("/applications/" + id, ADMIN);
        assertStatus(200, read);
        assertEquals(a.path("number").asText(), read.json().path("number").asText());
        assertEquals(created.header("ETag").orElse(null), read.header("ETag").orElse(null));
        assertTrue("audited", total("/audit?subjectType=application&subjectId=" + id) >= 2);

        // found by the filters; past its deadline, so overdue
        assertTrue(ids("/applications?kind=" + COMPLAINT + "&status=REGISTERED&limit=500", ADMIN).contains(id));
        assertTrue(ids("/applications?overdue=true&limit=500", ADMIN).contains(id));
        assertFalse(ids("/applications?overdue=false&limit=500", ADMIN).contains(id));
        assertTrue(ids("/applications?personId=" + personId, ADMIN).contains(id));
        assertTrue(ids("/applications?receivedFrom=2026-03-20&receivedTo=2026-03-20&limit=500", ADMIN).contains(id));
        assertFalse(ids("/applications?receivedFrom=2026-03-21&receivedTo=2026-03-21&limit=500", ADMIN).contains(id));
        assertTrue(ids("/applications?departmentId=" + city + "&unit=sample&limit=500", SAMPLE_INSPECTOR)
                .contains(id));

        // an applicant who is not in the registry: a name and a way to reach them
        ObjectNode named = application(COMPLAINT, null);
        named.putObject("applicant").put("name", "«Ақжол» ЖШС").put("contact", "+7 701 000 00 00");
        JsonNode byName = post("/applications", SAMPLE_INSPECTOR, named).json();
        assertEquals("«Ақжол» ЖШС", byName.path("applicant").path("name").asText());
        assertEquals("no person", 0, byName.path("applicant").path("personId").asLong());
    }

    @Test
    public void t03InvalidInputIsRefusedNamingTheFields() {
        long before = total("/applications?unit=sample");
        JsonNode p = assertProblem(422, post("/applications", SAMPLE_INSPECTOR, "{}"));
        for (String field : List.of("kindCode", "channel", "applicant", "summary")) {
            assertTrue(field + " named: " + p, namesField(p, field));
        }
        assertTrue(namesField(assertProblem(422, post("/applications", SAMPLE_INSPECTOR,
                application("sample.no-such-kind", "x"))), "kindCode"));
        ObjectNode unknownPerson = application(COMPLAINT, null);
        unknownPerson.putObject("applicant").put("personId", 999_999_999L);
        assertTrue(namesField(assertProblem(422, post("/applications", SAMPLE_INSPECTOR, unknownPerson)),
                "applicant.personId"));
        ObjectNode tooLong = application(COMPLAINT, "Ақжол көшесі, 5");
        tooLong.put("summary", "ы".repeat(4001));
        assertTrue(namesField(assertProblem(422, post("/applications", SAMPLE_INSPECTOR, tooLong)), "summary"));
        ObjectNode future = application(COMPLAINT, "Ақжол көшесі, 5");
        future.put("receivedAt", Instant.now().plusSeconds(86_400).toString());
        assertTrue(namesField(assertProblem(422, post("/applications", SAMPLE_INSPECTOR, future)), "receivedAt"));
        assertTrue(namesField(assertProblem(400, post("/applications", SAMPLE_INSPECTOR,
                "{\"kindCode\":\"sample.complaint\",\"channel\":\"PIGEON\"}")), "channel"));
        // admin has no department of its own
        assertTrue(namesField(assertProblem(422, post("/applications", ADMIN, application(COMPLAINT, "Абай, 1"))),
                "departmentId"));
        assertProblem(422, get("/applications?overdue=maybe", ADMIN));
        assertProblem(422, get("/applications?sort=applicant", ADMIN));
        assertProblem(404, get("/applications/999999999", ADMIN));
        assertEquals("nothing stored", before, total("/applications?unit=sample"));

        // the state-changing steps need If-Match
        long id = post("/applications", SAMPLE_INSPECTOR, application(COMPLAINT, "Абай, 2")).json().path("id")
                .asLong();
        ObjectNode assignment = JSON.createObjectNode().put("officerId", officerId("sample.inspector"));
        assertProblem(428, post("/applications/" + id + "/assignment", SAMPLE_HEAD, assignment));
        assertProblem(412, post("/applications/" + id + "/assignment", SAMPLE_HEAD, assignment, "If-Match",
                "\"99\""));
        assertTrue(namesField(assertProblem(422, post("/applications/" + id + "/assignment", SAMPLE_HEAD,
                "{}", "If-Match", "\"0\"")), "officerId"));
    }

    @Test
    public void t04ParallelReceiptsGetDistinctConsecutiveNumbers() throws Exception {
        // a department with no application yet: the first receipts of its year also race to create its counter
        long rural = districtBodyId("DEMO-RURAL");
        String ruralCode = get("/org-units/" + rural, ADMIN).json().path("code").asText();
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Callable<Resp>> posts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ObjectNode body = application(COMPLAINT, "Параллель " + i).put("departmentId", rural);
                posts.add(() -> post("/applications", ADMIN, body));
            }
            List<Long> serials = new ArrayList<>();
            Set<String> prefixes = new HashSet<>();
            for (Future<Resp> f : pool.invokeAll(posts)) {
                Resp r = f.get();
                assertStatus(201, r);
                Matcher m = NUMBER.matcher(r.json().path("number").asText());
                assertTrue(r.toString(), m.matches());
                prefixes.add(m.group(1) + "-" + m.group(2));
                serials.add(Long.valueOf(m.group(3)));
            }
            assertEquals("one department, one year: " + prefixes, 1, prefixes.size());
            assertTrue(prefixes.toString(), prefixes.iterator().next().startsWith(ruralCode + "-"));
            serials.sort(null);
            assertEquals("the year's first number: " + serials, 1L, (long) serials.get(0));
            assertEquals("distinct: " + serials, n, new HashSet<>(serials).size());
            for (int i = 1; i < n; i++) {
                assertEquals("consecutive: " + serials, serials.get(0) + i, (long) serials.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    public void t05AssignDecideNotifyWithTheTask() {
        long inspector = officerId("sample.inspector");
        long head = officerId("sample.head");
        Resp created = post("/applications", SAMPLE_INSPECTOR, application(COMPLAINT, "Сәтпаев, 10"));
        JsonNode a = created.json();
        long id = a.path("id").asLong();
        String path = "/applications/" + id;

        // an inspector does not give it to someone else; the head does
        assertProblem(403, post(path + "/assignment", SAMPLE_INSPECTOR,
                JSON.createObjectNode().put("officerId", head), "If-Match", etag(created)));
        Resp assigned = post(path + "/assignment", SAMPLE_HEAD, JSON.createObjectNode().put("officerId", inspector),
                "If-Match", etag(created));
        assertStatus(200, assigned);
        assertEquals("ASSIGNED", assigned.json().path("status").asText());
        assertEquals(inspector, assigned.json().path("assigneeId").asLong());

        // the assignee has a task due at the application's deadline
        JsonNode task = openTask(id);
        assertEquals(inspector, task.path("assigneeId").asLong());
        assertEquals(a.path("dueAt").asText(), task.path("dueAt").asText());
        assertEquals("sample", task.path("unitId").asText());
        assertTrue(task.path("title").asText().contains(a.path("number").asText()));
        assertTrue("in the inspector's own list", ids("/tasks?assignee=me&status=OPEN&limit=500", SAMPLE_INSPECTOR)
                .contains(task.path("id").asLong()));
        assertTrue(ids("/applications?assigneeId=" + inspector + "&status=ASSIGNED&limit=500", SAMPLE_HEAD)
                .contains(id));

        // an officer of another unit (or of none) cannot get it
        long otherOfficer = get("/officers?limit=1&unit=district", ADMIN).json().path("items").path(0).path("id")
                .asLong();
        assertTrue("the demo region has an officer of the district unit", otherOfficer > 0);
        assertTrue(namesField(assertProblem(422, post(path + "/assignment", SAMPLE_HEAD,
                JSON.createObjectNode().put("officerId", otherOfficer), "If-Match", etag(assigned))),
                "officerId"));
        assertTrue(namesField(assertProblem(409, post(path + "/assignment", SAMPLE_HEAD,
                JSON.createObjectNode().put("officerId", inspector), "If-Match", etag(assigned))), "officerId"));

        // a refusal needs its reasons; the decision completes the task
        assertTrue(namesField(assertProblem(422, post(path + "/decision", SAMPLE_INSPECTOR,
                JSON.createObjectNode().put("decisionKind", "REFUSED"), "If-Match", etag(assigned))),
                "decisionText"));
        assertProblem(428, post(path + "/notification", SAMPLE_INSPECTOR, notice(LocalDate.now())));
        assertTrue("notice before the decision", namesField(assertProblem(409, post(path + "/notification",
                SAMPLE_INSPECTOR, notice(LocalDate.now()), "If-Match", etag(assigned))), "status"));
        Resp decided = post(path + "/decision", SAMPLE_INSPECTOR, JSON.createObjectNode()
                .put("decisionKind", "MEASURES_TAKEN").put("decisionText", "Профилактикалық әңгіме\nжүргізілді"),
                "If-Match", etag(assigned));
        assertStatus(200, decided);
        assertEquals("DECIDED", decided.json().path("status").asText());
        assertEquals("MEASURES_TAKEN", decided.json().path("decisionKind").asText());
        assertEquals("sample.inspector", decided.json().path("decidedBy").asText());
        assertNotNull(decided.json().path("decidedAt").textValue());
        JsonNode done = get("/tasks/" + task.path("id").asLong(), ADMIN).json();
        assertEquals("task done: " + done, "DONE", done.path("status").asText());
        assertEquals("MEASURES_TAKEN", done.path("outcome").asText());

        // decided once only
        assertTrue(namesField(assertProblem(409, post(path + "/decision", SAMPLE_INSPECTOR, JSON.createObjectNode()
                .put("decisionKind", "EXPLAINED"), "If-Match", etag(decided))), "status"));
        assertProblem(409, post(path + "/assignment", SAMPLE_HEAD, JSON.createObjectNode().put("officerId", head),
                "If-Match", etag(decided)));

        // the applicant told: closed
        assertTrue(namesField(assertProblem(422, post(path + "/notification", SAMPLE_INSPECTOR,
                notice(LocalDate.now().plusDays(3)), "If-Match", etag(decided))), "notifiedOn"));
        Resp closed = post(path + "/notification", SAMPLE_INSPECTOR, notice(LocalDate.now(ZoneId.of("Asia/Almaty"))),
                "If-Match", etag(decided));
        assertStatus(200, closed);
        assertEquals("CLOSED", closed.json().path("status").asText());
        assertEquals("LETTER", closed.json().path("notificationMethod").asText());
        assertProblem(409, post(path + "/notification", SAMPLE_INSPECTOR,
                notice(LocalDate.now(ZoneId.of("Asia/Almaty"))), "If-Match", etag(closed)));
        assertTrue("every write audited", total("/audit?subjectType=application&subjectId=" + id) >= 4);
    }

    @Test
    public void t06ReassignmentMovesTheTask() {
        long inspector = officerId("sample.inspector");
        long head = officerId("sample.head");
        Resp created = post("/applications", SAMPLE_INSPECTOR, application(COMPLAINT, "Төле би, 3"));
        long id = created.json().path("id").asLong();
        String path = "/applications/" + id;
        // the inspector takes it
        Resp taken = post(path + "/assignment", SAMPLE_INSPECTOR, JSON.createObjectNode().put("officerId", inspector),
                "If-Match", etag(created));
        assertStatus(200, taken);
        long taskId = openTask(id).path("id").asLong();
        // and may not pass it on; the head re-assigns it to themselves: the same task follows
        assertProblem(403, post(path + "/assignment", SAMPLE_INSPECTOR, JSON.createObjectNode().put("officerId", head),
                "If-Match", etag(taken)));
        Resp moved = post(path + "/assignment", SAMPLE_HEAD, JSON.createObjectNode().put("officerId", head),
                "If-Match", etag(taken));
        assertStatus(200, moved);
        JsonNode task = openTask(id);
        assertEquals(taskId, task.path("id").asLong());
        assertEquals(head, task.path("assigneeId").asLong());
        // the former assignee no longer decides
        assertProblem(403, post(path + "/decision", SAMPLE_INSPECTOR, JSON.createObjectNode()
                .put("decisionKind", "EXPLAINED"), "If-Match", etag(moved)));
        Resp referred = post(path + "/decision", SAMPLE_HEAD, JSON.createObjectNode()
                .put("decisionKind", "REFERRED_BY_JURISDICTION").put("decisionText", "Әкімдікке жіберілді"),
                "If-Match", etag(moved));
        assertStatus(200, referred);
        assertEquals("DONE", get("/tasks/" + taskId, ADMIN).json().path("status").asText());
    }

    @Test
    public void t07NeedToKnowOnARestrictedKind() throws Exception {
        ensureOutsider();
        Resp secret = post("/applications", SAMPLE_INSPECTOR, application(CONFIDENTIAL, "Құпия"));
        assertStatus(201, secret);
        long id = secret.json().path("id").asLong();
        assertTrue(secret.json().path("restricted").asBoolean());
        long open = post("/applications", SAMPLE_INSPECTOR, application(COMPLAINT, "Ашық")).json().path("id")
                .asLong();

        assertStatus(200, get("/applications/" + id, SAMPLE_INSPECTOR));
        assertStatus(200, get("/applications/" + id, SAMPLE_HEAD));
        assertStatus(200, get("/applications/" + id, ADMIN));
        // a reader of the same department without a role of the unit: not the restricted one, the open one yes
        assertProblem(403, get("/applications/" + id, OUTSIDER_AUTH));
        assertStatus(200, get("/applications/" + open, OUTSIDER_AUTH));
        List<Long> seen = ids("/applications?limit=500&sort=-receivedAt", OUTSIDER_AUTH);
        assertTrue("open one listed", seen.contains(open));
        assertFalse("restricted one not listed", seen.contains(id));
        assertTrue(ids("/applications?limit=500&sort=-receivedAt", SAMPLE_INSPECTOR).contains(id));
        await("refusal audited", 10_000, () -> get("/audit?subjectType=application&subjectId=" + id + "&limit=50",
                ADMIN).body().contains("DENIED"));
        // nor may the outsider register or decide
        assertProblem(403, post("/applications", OUTSIDER_AUTH, application(COMPLAINT, "Сырттан")));

        String shell = shell(sessionFactory, OUTSIDER, "lps:applications --limit 500", "lps-reader");
        assertFalse("shell hides it: " + shell, shell.contains(secret.json().path("number").asText()));
        String inspectorShell = shell(sessionFactory, "sample.inspector", "lps:applications --kind " + CONFIDENTIAL
                + " --limit 500", "sample-inspector");
        assertTrue("shell shows it to the unit: " + inspectorShell,
                inspectorShell.contains(secret.json().path("number").asText()));
        String overdue = shell(sessionFactory, "admin", "lps:applications --overdue --limit 5");
        assertTrue("overdue rows: " + overdue, overdue.contains("!") && overdue.contains("shown"));
    }

    @Test
    public void t08UninstalledUnitKeepsItsApplications() throws Exception {
        Resp created = post("/applications", SAMPLE_INSPECTOR, application(COMPLAINT, "Сақталады"));
        long id = created.json().path("id").asLong();
        String number = created.json().path("number").asText();
        uninstallTestUnit(featuresService);
        try {
            await("kinds withdrawn", 30_000, () -> get("/application-kinds?unit=sample", ADMIN).json().size() == 0);
            // the record stays, for the administrator
            Resp kept = get("/applications/" + id, ADMIN);
            assertStatus(200, kept);
            assertEquals(number, kept.json().path("number").asText());
            assertTrue(ids("/applications?unit=sample&limit=500", ADMIN).contains(id));
            // nobody else sees it, nobody works on it, nothing new of the kind is registered
            assertProblem(403, get("/applications/" + id, SAMPLE_INSPECTOR));
            assertFalse(ids("/applications?limit=500", SAMPLE_INSPECTOR).contains(id));
            assertTrue(namesField(assertProblem(422, post("/applications", SAMPLE_INSPECTOR,
                    application(COMPLAINT, "Жаңа"))), "kindCode"));
            assertTrue(namesField(assertProblem(409, post("/applications/" + id + "/decision", ADMIN,
                    JSON.createObjectNode().put("decisionKind", "EXPLAINED"), "If-Match", etag(kept))), "kindCode"));
        } finally {
            installTestUnit(featuresService);
        }
        await("kinds back", 30_000, () -> get("/application-kinds?unit=sample", ADMIN).json().size() == 2);
        Resp back = get("/applications/" + id, SAMPLE_INSPECTOR);
        assertStatus(200, back);
        assertEquals(number, back.json().path("number").asText());
        assertTrue(ids("/applications?limit=500", SAMPLE_INSPECTOR).contains(id));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static ObjectNode application(String kind, String applicantName) {
        ObjectNode a = JSON.createObjectNode();
        a.put("kindCode", kind);
        a.put("channel", "IN_PERSON");
        a.put("summary", "Көршілер түнде шу шығарады.\nҚайталанатын шағым.");
        if (applicantName != null) {
            a.putObject("applicant").put("name", applicantName).put("contact", "+7 700 000 00 00");
        }
        return a;
    }

    private static ObjectNode notice(LocalDate on) {
        return JSON.createObjectNode().put("notifiedOn", on.toString()).put("method", "LETTER");
    }

    private static String etag(Resp r) {
        return r.header("ETag").orElseThrow(() -> new AssertionError("no ETag: " + r));
    }

    private static JsonNode kind(JsonNode kinds, String code) {
        for (JsonNode k : kinds) {
            if (code.equals(k.path("code").asText())) {
                return k;
            }
        }
        throw new AssertionError("no kind " + code + " in " + kinds);
    }

    private static List<Long> ids(String path, String auth) {
        Resp r = get(path, auth);
        assertStatus(200, r);
        List<Long> ids = new ArrayList<>();
        for (JsonNode item : r.json().path("items")) {
            ids.add(item.path("id").asLong());
        }
        return ids;
    }

    private static long officerId(String login) {
        JsonNode officer = officerOf("sample", login);
        assertNotNull("officer of " + login, officer);
        return officer.path("id").asLong();
    }

    /** The one open decision task about the application. */
    private static JsonNode openTask(long applicationId) {
        Resp r = get("/tasks?kind=" + TASK_KIND + "&subjectType=application&subjectId=" + applicationId
                + "&status=OPEN", ADMIN);
        assertStatus(200, r);
        assertEquals("one open task: " + r, 1, r.json().path("total").asLong());
        return r.json().path("items").path(0);
    }

    /** A login with lps-reader, tied to an officer of the demo city body who serves in no unit. */
    private void ensureOutsider() throws Exception {
        if (get("/no-such-resource", OUTSIDER_AUTH).status() == 404) {
            return;
        }
        ObjectNode officer = JSON.createObjectNode();
        officer.put("personnelNumber", "APPS-OUT-1");
        officer.put("surname", "Сыртқыбаев");
        officer.put("name", "Ерлан");
        officer.put("departmentId", districtBodyId("DEMO-CITY"));
        officer.put("status", "ACTIVE");
        officer.put("login", OUTSIDER);
        assertStatus(201, post("/officers", ADMIN, officer));
        String out = shell(sessionFactory, "admin", "lps:user-add --password outsider-secret-1 " + OUTSIDER
                + " lps-reader");
        assertTrue(out, out.contains(OUTSIDER));
        assertNotEquals(401, get("/no-such-resource", OUTSIDER_AUTH).status());
    }
}
