package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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

import kz.police.lps.core.api.person.Sex;

/**
 * The juvenile unit's daily work and control (WF-J4, WF-J5, WF-J6, WF-J17): the work notebook and its duty areas
 * (BR-J08), the monthly statement due by the 1st of the next month and counted from recorded activity (BR-J09), the
 * head's generalisation, reviews and inspections completing their periodic tasks (BR-J10, BR-J11), reception
 * schedules approved by the head and the reception journal (BR-J12), significant information due immediately and
 * filed (BR-J40), meetings, and the monthly report refused to a user of no juvenile role (403, audited).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class JuvenilePlanningIT extends LpsTestSupport {

    private static final String INSPECTOR = "juvenile.inspector:demo";
    private static final String HEAD = "juvenile.head:demo";
    private static final String OUTSIDER = "jplan.outsider";
    private static final String OUTSIDER_AUTH = OUTSIDER + ":outsider-secret-1";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    /** August 2026: its statement is due on 1 September, right after the Constitution Day moved to Monday 31 August. */
    private static final String AUGUST = "2026-08";

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
        installJuvenileUnit(featuresService);
        await("the juvenile demo officers", 60_000, () -> officerOf("juvenile", "juvenile.inspector") != null
                && officerOf("juvenile", "juvenile.head") != null);
    }

    private static long inspectorId() {
        return officerOf("juvenile", "juvenile.inspector").path("id").asLong();
    }

    private static long unitNode() {
        return officerOf("juvenile", "juvenile.inspector").path("departmentId").asLong();
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ALMATY).toInstant().minus(1, ChronoUnit.MICROS);
    }

    private static JsonNode task(String kind, String subjectType, Object subjectId, String originKey) {
        Resp r = get("/tasks?kind=" + kind + "&subjectType=" + subjectType + "&subjectId=" + subjectId
                + "&limit=500", ADMIN);
        assertStatus(200, r);
        for (JsonNode t : r.json().path("items")) {
            if (originKey == null || originKey.equals(t.path("originKey").asText())) {
                return t;
            }
        }
        throw new AssertionError("no task " + kind + " " + originKey + " in " + r.body());
    }

    private static void awaitDenied(String user, String subjectType) {
        await("DENIED audit row of " + user + " on " + subjectType, 10_000, () -> {
            for (JsonNode row : get("/audit?user=" + user + "&subjectType=" + subjectType + "&limit=100", ADMIN)
                    .json().path("items")) {
                if ("DENIED".equals(row.path("outcome").asText())) {
                    return true;
                }
            }
            return false;
        });
    }

    private static ObjectNode obj(Object... kv) {
        ObjectNode n = JSON.createObjectNode();
        for (int i = 0; i < kv.length; i += 2) {
            n.set((String) kv[i], JSON.valueToTree(kv[i + 1]));
        }
        return n;
    }

    @Test
    public void t00DemoPartLoaded() {
        JsonNode demo = get("/juvenile/demo", ADMIN).json();
        assertTrue("the planning demo part: " + demo, demo.path("loaded").toString().contains("\"planning\""));
    }

    @Test
    public void t01NotebookEntryNamesItsDutyAreaAndItsDeadlineIsATask() {
        long before = total("/juvenile/notebook?officer=" + inspectorId());
        // BR-J08: no duty area, or one that is not a juvenile duty: refused, nothing written
        JsonNode p = assertProblem(422, post("/juvenile/notebook", INSPECTOR, obj("text",
                "ЖПҚ бастығының тапсырмасы: жол-патрульдік қызметке көмек", "deadline", "2026-12-18")));
        assertTrue(p.toString(), namesField(p, "dutyArea"));
        p = assertProblem(422, post("/juvenile/notebook", INSPECTOR, obj("text", "Көлік ағынын реттеу",
                "dutyArea", "TRAFFIC_CONTROL", "deadline", "2026-12-18")));
        assertTrue(p.toString(), namesField(p, "dutyArea"));
        assertEquals("nothing written", before, total("/juvenile/notebook?officer=" + inspectorId()));

        // across the Independence Day holidays (16-17 December): the deadline is the day written, its end
        Resp r = post("/juvenile/notebook", INSPECTOR, obj("source", "LEADERSHIP_TASK", "dutyArea",
                "NEGLECT_HOMELESSNESS", "text", "Түнгі рейд: қадағалаусыз балаларды анықтау", "issuedBy",
                "ЖПҚ бастығы", "deadline", "2026-12-18"));
        assertStatus(201, r);
        long id = r.json().path("id").asLong();
        assertEquals("NEGLECT_HOMELESSNESS", r.json().path("dutyArea").asText());
        JsonNode t = task("juvenile.notebook-entry", "juvenile.notebook-entry", id, null);
        assertEquals(r.json().path("taskId").asLong(), t.path("id").asLong());
        assertEquals(endOf(LocalDate.of(2026, 12, 18)), Instant.parse(t.path("dueAt").asText()));
        assertEquals(inspectorId(), t.path("assigneeId").asLong());
        assertEquals(before + 1, total("/juvenile/notebook?officer=" + inspectorId()));

        Resp done = post("/juvenile/notebook/" + id + "/completion", INSPECTOR, obj("note", "орындалды"),
                "If-Match", r.header("ETag").orElseThrow());
        assertStatus(200, done);
        assertEquals("DONE", task("juvenile.notebook-entry", "juvenile.notebook-entry", id, null).path("status")
                .asText());
    }

    @Test
    public void t02MonthlyStatementDueByTheFirstCountedFromRecordsGeneralisedByTheHead() {
        long officer = inspectorId();
        // the August work on record: a reception, a meeting, a significant-information report
        Instant inAugust = LocalDate.of(2026, 8, 12).atTime(11, 0).atZone(ALMATY).toInstant();
        assertStatus(201, post("/juvenile/receptions", INSPECTOR, obj("receivedAt", inAugust.toString(),
                "visitorName", "Ахметова Сәуле", "visitorContact", "+7 701 111 22 33",
                "subject", "Баласы үйге түнде келмейді")));
        assertStatus(201, post("/juvenile/meetings", INSPECTOR, obj("kind", "POPULATION_MEETING", "heldOn",
                "2026-08-20", "venue", "№5 мектеп", "topic", "Балалардың құқықтары", "participants", "УПИ")));
        assertStatus(201, post("/juvenile/meetings", INSPECTOR, obj("kind", "MEDIA", "heldOn", "2026-08-25",
                "venue", "Қалалық радио", "topic", "Жазғы демалыс қауіпсіздігі")));
        assertStatus(201, post("/juvenile/information", INSPECTOR, obj("reportedAt", inAugust.toString(),
                "subject", "Жасөспірімдер тобы", "facts", "Түнгі уақытта алкоголь ішу", "recipient",
                "ІІО басшылығы")));

        // a month that has not begun takes no statement
        JsonNode p = assertProblem(422, post("/juvenile/statements", INSPECTOR, obj("month", "2027-03")));
        assertTrue(namesField(p, "month"));

        Resp draft = post("/juvenile/statements", INSPECTOR, obj("month", AUGUST, "text", "Тамыз айындағы жұмыс"));
        assertStatus(201, draft);
        JsonNode s = draft.json();
        assertEquals("DRAFT", s.path("status").asText());
        Map<String, Long> figures = figures(s);
        assertEquals(figures.toString(), Long.valueOf(1), figures.get("receptions"));
        assertEquals(figures.toString(), Long.valueOf(2), figures.get("meetings"));
        assertEquals(figures.toString(), Long.valueOf(1), figures.get("significantInformation"));
        assertEquals(figures.toString(), Long.valueOf(0), figures.get("notebookDone"));
        // due by the end of 1 September (the day after the moved Constitution Day), not moved; already past
        Instant due = endOf(LocalDate.of(2026, 9, 1));
        assertEquals(Instant.parse("2026-09-01T18:59:59.999999Z"), due);
        assertEquals(due, Instant.parse(s.path("dueAt").asText()));
        assertTrue("past its due instant", s.path("overdue").asBoolean());
        assertProblem(409, post("/juvenile/statements", INSPECTOR, obj("month", AUGUST)));

        Resp submitted = post("/juvenile/statements/" + s.path("id").asLong() + "/submission", INSPECTOR, obj(),
                "If-Match", draft.header("ETag").orElseThrow());
        assertStatus(200, submitted);
        assertEquals("SUBMITTED", submitted.json().path("status").asText());
        assertTrue(submitted.json().path("overdue").asBoolean());
        JsonNode t = task("juvenile.work-statement", "officer", officer, "juvenile.work-statement:" + AUGUST + ":"
                + officer);
        assertEquals("the month's task completed by the submission", "DONE", t.path("status").asText());
        assertEquals(due, Instant.parse(t.path("dueAt").asText()));
        assertEquals(t.path("id").asLong(), submitted.json().path("taskId").asLong());

        // the inspector may not generalise (403, audited); the head does
        ObjectNode summary = obj("month", AUGUST, "departmentId", unitNode(), "note", "Тамыз қорытындысы");
        assertProblem(403, post("/juvenile/statements/summaries", INSPECTOR, summary));
        awaitDenied("juvenile.inspector", "juvenile.statement-summary");
        Resp g = post("/juvenile/statements/summaries", HEAD, summary);
        assertStatus(201, g);
        assertEquals(1, g.json().path("statements").asInt());
        assertEquals(Long.valueOf(2), figures(g.json()).get("meetings"));
        assertEquals("GENERALISED", get("/juvenile/statements/" + s.path("id").asLong(), HEAD).json()
                .path("status").asText());
        assertEquals(1, total("/juvenile/statements/summaries?month=" + AUGUST));

        // the head's shell shows the month
        String out = shellAs("juvenile.head", "juvenile:statements --month " + AUGUST, "juvenile-head");
        assertTrue(out, out.contains("GENERALISED"));
    }

    @Test
    public void t03ReviewsAndInspectionsCompleteTheirPeriodicTasks() {
        long unit = unitNode();
        LocalDate today = LocalDate.now(ALMATY);
        String quarter = today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1);
        ObjectNode review = obj("unitId", unit, "level", "LPS_HEAD", "reviewedOn", today.toString(),
                "reviewerName", "Серікбаев Н.", "reviewerPosition", "ЖПҚ бастығы", "findings",
                "Анықтамалар уақтылы ұсынылды");
        assertProblem(403, post("/juvenile/reviews", INSPECTOR, review));
        awaitDenied("juvenile.inspector", "juvenile.review");
        Resp r = post("/juvenile/reviews", HEAD, review);
        assertStatus(201, r);
        assertEquals(quarter, r.json().path("period").asText());
        JsonNode t = task("juvenile.review", "org-unit", unit, "juvenile.review:lps-head:" + quarter + ":" + unit);
        assertEquals("DONE", t.path("status").asText());
        assertEquals(t.path("id").asLong(), r.json().path("taskId").asLong());
        assertEquals(endOf(LocalDate.of(today.getYear(), ((today.getMonthValue() - 1) / 3 + 1) * 3, 1)
                .withDayOfMonth(1).plusMonths(1).minusDays(1)), Instant.parse(t.path("dueAt").asText()));

        // the head's monthly review of an earlier month completes that month's task
        Resp m = post("/juvenile/reviews", HEAD, obj("unitId", unit, "level", "UNIT_HEAD", "reviewedOn",
                "2026-10-30", "reviewerName", "КТІ бастығы", "findings", "Қазан айының қорытындысы"));
        assertStatus(201, m);
        assertEquals("2026-10", m.json().path("period").asText());
        assertEquals("DONE", task("juvenile.review", "org-unit", unit, "juvenile.review:unit-head:2026-10:" + unit)
                .path("status").asText());
        // a juvenile unit node only
        JsonNode p = assertProblem(422, post("/juvenile/reviews", HEAD, obj("unitId", districtBodyId("DEMO-CITY"),
                "level", "UNIT_HEAD", "reviewerName", "X", "findings", "Y")));
        assertTrue(namesField(p, "unitId"));

        Resp i = post("/juvenile/inspections", HEAD, obj("unitId", unit, "inspectedOn", today.toString(),
                "inspectorName", "Серікбаев Н.", "findings", "Жұмыс жоспарлары бар, дәптерлер жүргізіледі"));
        assertStatus(201, i);
        JsonNode it = task("juvenile.inspection", "org-unit", unit, "juvenile.inspection:" + quarter + ":" + unit);
        assertEquals("DONE", it.path("status").asText());
        assertEquals(it.path("id").asLong(), i.json().path("taskId").asLong());
        assertTrue(total("/juvenile/inspections?unit=" + unit) >= 1);
    }

    @Test
    public void t04ReceptionScheduleApprovedByTheHeadOnlyAndReceptionsFileApplications() {
        Resp s = post("/juvenile/reception-schedules", INSPECTOR, obj("hours", "Сс 15:00-18:00; Сб 10:00-13:00",
                "place", "№3 УПП"));
        assertStatus(201, s);
        long id = s.json().path("id").asLong();
        assertEquals("DRAFT", s.json().path("status").asText());
        String etag = s.header("ETag").orElseThrow();
        assertProblem(403, post("/juvenile/reception-schedules/" + id + "/approval", INSPECTOR, obj(),
                "If-Match", etag));
        awaitDenied("juvenile.inspector", "juvenile.reception-schedule");
        assertEquals("DRAFT", get("/juvenile/reception-schedules/" + id, HEAD).json().path("status").asText());
        Resp a = post("/juvenile/reception-schedules/" + id + "/approval", HEAD, obj(), "If-Match", etag);
        assertStatus(200, a);
        assertEquals("APPROVED", a.json().path("status").asText());
        // one in force: any earlier approved one is superseded
        assertEquals(1, total("/juvenile/reception-schedules?officer=" + inspectorId() + "&status=APPROVED"));

        long visitor = createPerson(personJson(newIin(LocalDate.of(1985, 4, 4), Sex.FEMALE),
                districtBodyId("DEMO-CITY"))).json().path("id").asLong();
        Resp r = post("/juvenile/receptions", INSPECTOR, obj("visitorPersonId", visitor, "subject",
                "Көршінің баласын ұрып-соғуы туралы арыз", "filing", "OFFENCE_REPORT"));
        assertStatus(201, r);
        assertEquals(id, r.json().path("scheduleId").asLong());
        long application = r.json().path("applicationId").asLong();
        assertFalse(r.json().path("applicationNumber").asText().isEmpty());
        Resp app = get("/applications/" + application, INSPECTOR);
        assertStatus(200, app);
        assertEquals("juvenile.citizen-reception", app.json().path("kindCode").asText());
        assertEquals(inspectorId(), app.json().path("assigneeId").asLong());
        JsonNode p = assertProblem(422, post("/juvenile/receptions", INSPECTOR, obj("subject", "аты жоқ")));
        assertTrue(namesField(p, "visitorName"));
        String out = shellAs("juvenile.head", "juvenile:receptions", "juvenile-head");
        assertTrue(out, out.contains(r.json().path("applicationNumber").asText()));
    }

    @Test
    public void t05SignificantInformationIsDueImmediatelyAndFiled() {
        long minor = createPerson(personJson(newIin(LocalDate.of(2011, 2, 3), Sex.MALE),
                districtBodyId("DEMO-CITY"))).json().path("id").asLong();
        Resp r = post("/juvenile/information", INSPECTOR, obj("personId", minor, "subject",
                "Кәмелетке толмағанды ересектер ұрлыққа тартуы", "facts", "Базар маңында ересектер тобы",
                "recipient", "Криминалдық полиция бөлімшесі"));
        assertStatus(201, r);
        long id = r.json().path("id").asLong();
        assertEquals("REPORTED", r.json().path("status").asText());
        JsonNode t = task("juvenile.significant-information", "juvenile.significant-information", id, null);
        assertEquals("immediately: due when reported", Instant.parse(r.json().path("reportedAt").asText()),
                Instant.parse(t.path("dueAt").asText()));
        assertEquals("juvenile.significant-information.report-deadline", t.path("normKey").asText());

        String etag = r.header("ETag").orElseThrow();
        assertProblem(403, post("/juvenile/information/" + id + "/signature", INSPECTOR, obj("signedBy", "X"),
                "If-Match", etag));
        assertProblem(409, post("/juvenile/information/" + id + "/filing", INSPECTOR, obj(), "If-Match", etag));
        Resp signed = post("/juvenile/information/" + id + "/signature", HEAD, obj("signedBy", "ЖПҚ бастығы"),
                "If-Match", etag);
        assertStatus(200, signed);
        assertEquals("DONE", task("juvenile.significant-information", "juvenile.significant-information", id, null)
                .path("status").asText());
        Resp checked = post("/juvenile/information/" + id + "/check", INSPECTOR, obj("checkResult",
                "Расталды, материалдар криминалдық полицияға жіберілді"), "If-Match",
                signed.header("ETag").orElseThrow());
        assertStatus(200, checked);
        Resp filed = post("/juvenile/information/" + id + "/filing", INSPECTOR, obj(), "If-Match",
                checked.header("ETag").orElseThrow());
        assertStatus(200, filed);
        assertEquals("FILED", filed.json().path("status").asText());
        assertEquals("person:" + minor, filed.json().path("fileKey").asText());
        assertEquals(1, total("/juvenile/information/file?person=" + minor));

        // the person card: the unit's readers see the report
        Resp card = get("/persons/" + minor + "/card", HEAD);
        assertStatus(200, card);
        assertTrue(card.body(), card.body().contains("significantInformation"));
    }

    @Test
    public void t06MonthlyReportForTheUnitRefusedToOthersAudited() throws Exception {
        ensureOutsider();
        ObjectNode body = obj("period", AUGUST);
        assertProblem(403, post("/reports/juvenile.monthly-statement/runs", OUTSIDER_AUTH, body));
        awaitDenied(OUTSIDER, "report");
        assertProblem(403, get("/juvenile/statements", OUTSIDER_AUTH));

        Resp run = post("/reports/juvenile.monthly-statement/runs", HEAD, body);
        assertStatus(202, run);
        String path = java.net.URI.create(run.header("Location").orElseThrow()).getPath().replaceFirst("^/api/v1", "");
        JsonNode done = await("the run finished", 60_000, () -> {
            JsonNode j = get(path, HEAD).json();
            return java.util.List.of("DONE", "FAILED").contains(j.path("state").asText()) ? j : null;
        });
        assertEquals(done.toString(), "DONE", done.path("state").asText());
        JsonNode result = get(path + "/result?format=json&lang=en", HEAD).json();
        assertEquals("BAR", result.path("chart").path("kind").asText());
        assertTrue(result.toString(), result.path("totals").path("meetings").asLong() >= 2);
        Resp pdf = get(path + "/result?format=pdf", HEAD);
        assertStatus(200, pdf);
        assertTrue(pdf.body().startsWith("%PDF"));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static Map<String, Long> figures(JsonNode statement) {
        Map<String, Long> out = new java.util.HashMap<>();
        for (JsonNode f : statement.path("figures")) {
            out.put(f.path("key").asText(), f.path("count").asLong());
        }
        return out;
    }

    private String shellAs(String user, String command, String... roles) {
        try {
            return shell(sessionFactory, user, command, roles);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void ensureOutsider() throws Exception {
        if (get("/no-such-resource", OUTSIDER_AUTH).status() != 401) {
            return;
        }
        String out = shell(sessionFactory, "admin", "lps:user-add --password outsider-secret-1 " + OUTSIDER
                + " lps-reader");
        assertTrue(out, out.contains(OUTSIDER));
        assertNotEquals(401, get("/no-such-resource", OUTSIDER_AUTH).status());
    }
}
