package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.police.lps.core.api.person.Sex;

/**
 * The school prevention cycle of the juvenile unit (WF-J8, BR-J13..BR-J20) over REST: the academic calendar as data
 * (its dates, not calendar quarters, set the due instants of the plan and statement tasks), the joint plan (422
 * without a vacation item with nothing written, 409 on a second for the quarter, approval by the school and by the
 * police — an inspector trying the police approval gets 403, audited), student incidents (an immediate task; a
 * criminal offence also the prevention council and its task), the pre-filled quarter statement, and the control file
 * (Part 2 filled from the records; BR-J19/BR-J20 field rules).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class JuvenileSchoolIT extends LpsTestSupport {

    private static final String HEAD = "juvenile.head:demo";
    private static final String INSPECTOR = "juvenile.inspector:demo";
    private static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    private static Long school;
    private static LocalDate today;
    private static int startYear;
    /** The academic calendar the test sets: {start, end, vacationFrom, vacationTo} per quarter. */
    private static LocalDate[][] quarters;

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
        await("the juvenile demo officers", 60_000, () -> officerOf("juvenile", "juvenile.inspector") != null);
        if (school == null) {
            ObjectNode s = JSON.createObjectNode();
            s.put("departmentId", districtBodyId("DEMO-CITY"));
            s.put("name", "№ 77 жалпы білім беретін мектеп (IT)");
            s.put("address", "Абай даңғылы, 77");
            s.put("shiftMode", "SINGLE");
            s.put("studentCount", 850);
            s.put("headName", "Серікова Гүлнар Маратқызы");
            Resp r = post("/juvenile/schools", HEAD, s);
            assertStatus(201, r);
            school = r.json().path("id").asLong();
        }
    }

    @Test
    public void t01AcademicCalendarIsDataTheHeadSets() {
        Resp def = get("/juvenile/academic-calendar/2026", INSPECTOR);
        assertStatus(200, def);
        assertEquals("four academic quarters shipped for 2026/2027: " + def.json(), 4, def.json().size());
        assertTrue("marked configurable: " + def.json(), def.json().get(0).path("source").asText()
                .contains("CONFIGURABLE"));
        // the region's own dates, around today: the current quarter ends in 2 days, the next starts in 6
        today = LocalDate.now(ZONE);
        startYear = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        quarters = new LocalDate[][] {
            {LocalDate.of(startYear, 8, 1), today.plusDays(2), today.plusDays(3), today.plusDays(5)},
            // short quarters, so the year ends by 31 August whatever day the test runs (the rule's latest day)
            {today.plusDays(6), today.plusDays(12), today.plusDays(13), today.plusDays(14)},
            {today.plusDays(15), today.plusDays(20), today.plusDays(21), today.plusDays(22)},
            {today.plusDays(23), today.plusDays(27), today.plusDays(28), today.plusDays(29)}};
        ObjectNode body = calendar(quarters);
        assertProblem(403, put("/juvenile/academic-calendar/" + startYear, INSPECTOR, body));
        ObjectNode overlapping = calendar(quarters);
        ((ObjectNode) overlapping.path("quarters").get(1)).put("startsOn", today.toString());
        assertTrue(namesField(assertProblem(422, put("/juvenile/academic-calendar/" + startYear, HEAD, overlapping)),
                "quarters[1].startsOn"));
        Resp set = put("/juvenile/academic-calendar/" + startYear, HEAD, body);
        assertStatus(200, set);
        assertEquals(today.plusDays(2).toString(), set.json().get(0).path("endsOn").asText());
    }

    @Test
    public void t02TasksFollowTheAcademicQuarters() {
        Resp file = put("/juvenile/control-files/" + school, INSPECTOR,
                Map.of("keeperKind", "SCHOOL_INSPECTOR", "storage", "SCHOOL"));
        assertStatus(201, file);
        assertEquals(2, file.json().path("parts").size());
        assertEquals(5, file.json().path("parts").get(0).path("sections").size());
        assertEquals(5, file.json().path("parts").get(1).path("sections").size());
        assertProblem(409, put("/juvenile/control-files/" + school, INSPECTOR,
                Map.of("keeperKind", "SCHOOL_INSPECTOR", "storage", "SCHOOL")));
        assertStatus(200, post("/tasks/sweep", ADMIN, Map.of()));
        // the next academic quarter's plan: due the day before it starts (not a calendar quarter's end)
        JsonNode plan = single(tasks("juvenile.school-joint-plan", "juvenile.school", school));
        assertEquals(quarters[1][0].minusDays(1), dueDay(plan));
        assertEquals(officerOf("juvenile", "juvenile.inspector").path("id").asLong(), plan.path("assigneeId")
                .asLong());
        // the current academic quarter's statement: due at its last school day
        JsonNode statement = single(tasks("juvenile.school-quarter-statement", "juvenile.school", school));
        assertEquals(quarters[0][1], dueDay(statement));
    }

    @Test
    public void t03JointPlanOnePerQuarterWithAVacationItemApprovedBySchoolAndPolice() {
        ObjectNode noVacation = plan(false);
        assertTrue(namesField(assertProblem(422, post("/juvenile/joint-plans", INSPECTOR, noVacation)), "items"));
        assertEquals("nothing written", 0, total("/juvenile/joint-plans?school=" + school));

        Resp created = post("/juvenile/joint-plans", INSPECTOR, plan(true));
        assertStatus(201, created);
        long id = created.json().path("id").asLong();
        assertEquals("DRAFT", created.json().path("status").asText());
        assertTrue(created.json().path("items").get(1).path("inVacation").asBoolean());
        assertProblem(409, post("/juvenile/joint-plans", INSPECTOR, plan(true)));
        assertEquals(1, total("/juvenile/joint-plans?school=" + school));
        // drafting the plan did the plan's task
        assertEquals("DONE", single(tasks("juvenile.school-joint-plan", "juvenile.school", school)).path("status")
                .asText());

        Resp bySchool = post("/juvenile/joint-plans/" + id + "/school-approval", INSPECTOR,
                Map.of("headName", "Серікова Гүлнар Маратқызы", "approvedOn", today.toString()), "If-Match",
                etag("/juvenile/joint-plans/" + id));
        assertStatus(200, bySchool);
        assertEquals("APPROVED_BY_SCHOOL", bySchool.json().path("status").asText());
        assertProblem(403, post("/juvenile/joint-plans/" + id + "/police-approval", INSPECTOR, Map.of(), "If-Match",
                etag("/juvenile/joint-plans/" + id)));
        await("the refusal audited", 10_000, () -> get("/audit?user=juvenile.inspector&subjectType="
                + "juvenile.joint-plan&limit=50", ADMIN).body().contains("DENIED"));
        assertProblem(412, post("/juvenile/joint-plans/" + id + "/police-approval", HEAD, Map.of(), "If-Match",
                created.header("ETag").orElseThrow()));
        Resp byPolice = post("/juvenile/joint-plans/" + id + "/police-approval", HEAD, Map.of(), "If-Match",
                etag("/juvenile/joint-plans/" + id));
        assertStatus(200, byPolice);
        assertEquals("IN_FORCE", byPolice.json().path("status").asText());
        assertEquals("juvenile.head", byPolice.json().path("policeApprover").asText());
        assertProblem(409, post("/juvenile/joint-plans/" + id + "/police-approval", HEAD, Map.of(), "If-Match",
                etag("/juvenile/joint-plans/" + id)));
        long item = byPolice.json().path("items").get(0).path("id").asLong();
        Resp done = post("/juvenile/joint-plans/" + id + "/items/" + item + "/done", INSPECTOR,
                Map.of("result", "Сынып сағаты өткізілді"));
        assertStatus(200, done);
        assertEquals(today.toString(), done.json().path("items").get(0).path("doneOn").asText());
    }

    @Test
    public void t04IncidentsAreReportedAtOnceAndACriminalOffenceCallsTheCouncil() {
        Resp alcohol = post("/juvenile/incidents", INSPECTOR, incident("ALCOHOL", "Ахметов Данияр"));
        assertStatus(201, alcohol);
        long id = alcohol.json().path("incident").path("id").asLong();
        assertTrue("no council for alcohol", alcohol.json().path("council").isNull()
                || alcohol.json().path("council").isMissingNode());
        JsonNode report = single(tasks("juvenile.school-management-report", "juvenile.student-incident", id));
        assertEquals("OPEN", report.path("status").asText());
        assertFalse("due immediately: " + report, Instant.parse(report.path("dueAt").asText())
                .isAfter(Instant.now().plusSeconds(5)));
        assertTrue(namesField(assertProblem(422, post("/juvenile/incidents/" + id + "/management-report", INSPECTOR,
                Map.of(), "If-Match", etag("/juvenile/incidents/" + id))), "reportedTo"));
        Resp reported = post("/juvenile/incidents/" + id + "/management-report", INSPECTOR,
                Map.of("reportedTo", "Мектеп директоры Серікова Г. М."), "If-Match", etag("/juvenile/incidents/" + id));
        assertStatus(200, reported);
        assertEquals("DONE", single(tasks("juvenile.school-management-report", "juvenile.student-incident", id))
                .path("status").asText());

        long student = createPerson(personJson(newIin(LocalDate.of(2011, 3, 14), Sex.MALE),
                districtBodyId("DEMO-CITY"))).json().path("id").asLong();
        ObjectNode offence = incident("CRIMINAL_OFFENCE", "Беков Арман");
        offence.put("personId", student);
        Resp criminal = post("/juvenile/incidents", INSPECTOR, offence);
        assertStatus(201, criminal);
        long incident = criminal.json().path("incident").path("id").asLong();
        long council = criminal.json().path("council").path("id").asLong();
        assertTrue(council > 0);
        assertEquals(council, criminal.json().path("incident").path("councilId").asLong());
        assertEquals(1, tasks("juvenile.school-management-report", "juvenile.student-incident", incident).size());
        JsonNode councilTask = single(tasks("juvenile.school-prevention-council", "juvenile.prevention-council",
                council));
        assertFalse("initiated immediately", Instant.parse(councilTask.path("dueAt").asText())
                .isAfter(Instant.now().plusSeconds(5)));
        Resp held = post("/juvenile/councils/" + council + "/meeting", INSPECTOR,
                Map.of("measures", "Ата-анасымен әңгіме, жеке профилактикалық жұмыс жоспары"), "If-Match",
                etag("/juvenile/councils/" + council));
        assertStatus(200, held);
        assertEquals("DONE", single(tasks("juvenile.school-prevention-council", "juvenile.prevention-council",
                council)).path("status").asText());
        // the student's person card shows the incident to the unit's readers
        Resp card = get("/persons/" + student + "/card", INSPECTOR);
        assertStatus(200, card);
        JsonNode juvenile = null;
        for (JsonNode section : card.json().path("sections")) {
            if ("juvenile".equals(section.path("unitId").asText())) {
                juvenile = section;
            }
        }
        assertNotNull("juvenile section: " + card.body(), juvenile);
        assertEquals(card.body(), incident, juvenile.path("data").path("schoolIncidents").path(0).path("id").asLong());
    }

    @Test
    public void t05QuarterStatementIsPreFilledFromTheQuarter() {
        Resp draft = get("/juvenile/quarter-statements/draft?school=" + school + "&startYear=" + startYear
                + "&quarter=1", INSPECTOR);
        assertStatus(200, draft);
        assertEquals(draft.body(), 2, draft.json().path("incidents").asInt());
        assertEquals(1, draft.json().path("councils").asInt());
        assertEquals(1, draft.json().path("incidentsByKind").path("CRIMINAL_OFFENCE").asInt());
        assertEquals(quarters[0][1].toString(), draft.json().path("quarterEndsOn").asText());
        Resp q2 = get("/juvenile/quarter-statements/draft?school=" + school + "&startYear=" + startYear
                + "&quarter=2", INSPECTOR);
        assertEquals(q2.body(), 1, q2.json().path("itemsDone").asInt());
        assertEquals(2, q2.json().path("itemsTotal").asInt());

        ObjectNode n = JSON.createObjectNode();
        n.put("schoolId", school);
        n.put("startYear", startYear);
        n.put("quarter", 1);
        n.put("proposals", "Сынып жетекшілерінің ата-аналармен жұмысын күшейту");
        Resp issued = post("/juvenile/quarter-statements", INSPECTOR, n);
        assertStatus(201, issued);
        assertEquals(2, issued.json().path("incidents").asInt());
        assertTrue(issued.json().path("measures").asText().contains("Ата-анасымен"));
        assertProblem(409, post("/juvenile/quarter-statements", INSPECTOR, n));
        assertEquals("DONE", single(tasks("juvenile.school-quarter-statement", "juvenile.school", school))
                .path("status").asText());
    }

    @Test
    public void t06ControlFileHasTwoPartsAndItsListsNeedTheirFields() {
        ObjectNode student = JSON.createObjectNode();
        student.put("section", "P1_STUDENTS");
        student.put("lastName", "Ахметов");
        student.put("firstName", "Данияр");
        student.put("homeAddress", "Абай даңғылы, 10, 5");
        student.put("contactPhone", "+7 701 000 00 00");
        int before = section(file(), 1, "P1_STUDENTS").size();
        JsonNode problem = assertProblem(422, post("/juvenile/control-files/" + school + "/entries", INSPECTOR,
                student));
        assertTrue(namesField(problem, "className"));
        assertTrue(namesField(problem, "parents"));
        assertEquals("nothing written", before, section(file(), 1, "P1_STUDENTS").size());
        student.put("className", "8 Б");
        student.put("parents", "Ахметова Сауле, анасы, +7 701 000 00 01");
        assertStatus(201, post("/juvenile/control-files/" + school + "/entries", INSPECTOR, student));
        assertEquals(before + 1, section(file(), 1, "P1_STUDENTS").size());

        ObjectNode staff = JSON.createObjectNode();
        staff.put("section", "P1_STAFF");
        staff.put("lastName", "Серікова");
        staff.put("firstName", "Гүлнар");
        assertTrue(namesField(assertProblem(422, post("/juvenile/control-files/" + school + "/entries", INSPECTOR,
                staff)), "position"));
        // Part 2's first three sections are filled by the records themselves
        assertTrue(namesField(assertProblem(422, post("/juvenile/control-files/" + school + "/entries", INSPECTOR,
                Map.of("section", "P2_JOINT_PLANS", "title", "x"))), "section"));

        ObjectNode lecture = JSON.createObjectNode();
        lecture.put("schoolId", school);
        lecture.put("kind", "LEGAL_LECTURE");
        lecture.put("eventDate", today.toString());
        lecture.put("title", "Кәмелетке толмағандардың құқықтық жауапкершілігі");
        lecture.put("participants", 60);
        assertStatus(201, post("/juvenile/school-events", INSPECTOR, lecture));

        JsonNode file = file();
        assertEquals(1, section(file, 2, "P2_JOINT_PLANS").size());
        assertEquals(1, section(file, 2, "P2_COUNCIL_MATERIALS").size());
        assertEquals(1, section(file, 2, "P2_STATEMENTS").size());
        assertEquals(1, section(file, 2, "P2_LEGAL_LECTURES").size());
        assertEquals("SCHOOL", file.path("storage").asText());
    }

    @Test
    public void t07ReportAndShell() throws Exception {
        // the quarterly school statement: per school and academic quarter, with a chart
        ObjectNode body = JSON.createObjectNode();
        body.put("period", String.valueOf(startYear));
        body.put("departmentId", districtBodyId("DEMO-CITY"));
        Resp run = post("/reports/juvenile.school-quarter-statement/runs", HEAD, body);
        assertStatus(202, run);
        String location = java.net.URI.create(run.header("Location").orElseThrow()).getPath()
                .replaceFirst("^/api/v1", "");
        JsonNode done = await("the report run", 60_000, () -> {
            Resp r = get(location, HEAD);
            String state = r.json().path("state").asText();
            return List.of("DONE", "FAILED", "CANCELLED").contains(state) ? r.json() : null;
        });
        assertEquals(done.toString(), "DONE", done.path("state").asText());
        JsonNode result = get(location + "/result?format=json&lang=en", HEAD).json();
        boolean found = false;
        for (JsonNode row : result.path("rows")) {
            if (row.path("quarter").asText().endsWith("-Q1") && row.path("school").asText().contains("(IT)")) {
                assertEquals(row.toString(), 2, row.path("incidents").asInt());
                assertEquals(1, row.path("councils").asInt());
                assertEquals(1, row.path("statements").asInt());
                found = true;
            }
        }
        assertTrue("the IT school's first quarter: " + result, found);
        assertEquals("BAR", result.path("chart").path("kind").asText());
        // the head's shell question
        String out = shell(sessionFactory, "juvenile.head", "juvenile:schools", "juvenile-head");
        assertTrue(out, out.contains("(IT)"));
        assertTrue(out, out.contains("SCHOOL_INSPECTOR"));
    }

    // --- helpers

    private static ObjectNode calendar(LocalDate[][] q) {
        ObjectNode body = JSON.createObjectNode();
        body.put("source", "JuvenileSchoolIT");
        ArrayNode list = body.putArray("quarters");
        for (int i = 0; i < 4; i++) {
            ObjectNode o = list.addObject();
            o.put("quarter", i + 1);
            o.put("startsOn", q[i][0].toString());
            o.put("endsOn", q[i][1].toString());
            o.put("vacationFrom", q[i][2].toString());
            o.put("vacationTo", q[i][3].toString());
        }
        return body;
    }

    /** A plan for the next academic quarter (2nd), with or without an item in its vacation. */
    private static ObjectNode plan(boolean vacation) {
        ObjectNode p = JSON.createObjectNode();
        p.put("schoolId", school);
        p.put("startYear", startYear);
        p.put("quarter", 2);
        ArrayNode items = p.putArray("items");
        ObjectNode a = items.addObject();
        a.put("type", "LEGAL_LITERACY");
        a.put("title", "Құқықтық сауаттылық сынып сағаттары");
        a.put("plannedFrom", quarters[1][0].toString());
        a.put("plannedTo", quarters[1][1].toString());
        ObjectNode b = items.addObject();
        b.put("type", vacation ? "VACATION" : "RAIDS");
        b.put("title", vacation ? "Каникулдағы демалыс пен жұмыспен қамту" : "Рейд");
        b.put("plannedFrom", (vacation ? quarters[1][2] : quarters[1][0]).toString());
        b.put("plannedTo", (vacation ? quarters[1][3] : quarters[1][0].plusDays(3)).toString());
        return p;
    }

    private static ObjectNode incident(String kind, String name) {
        ObjectNode n = JSON.createObjectNode();
        n.put("schoolId", school);
        n.put("studentName", name);
        n.put("className", "8 Б");
        n.put("kind", kind);
        n.put("description", "IT: " + kind);
        return n;
    }

    private static String etag(String path) {
        Resp r = get(path, INSPECTOR);
        assertStatus(200, r);
        return r.header("ETag").orElseThrow();
    }

    private static JsonNode file() {
        Resp r = get("/juvenile/control-files/" + school, INSPECTOR);
        assertStatus(200, r);
        return r.json();
    }

    private static JsonNode section(JsonNode file, int part, String section) {
        for (JsonNode s : file.path("parts").get(part - 1).path("sections")) {
            if (section.equals(s.path("section").asText())) {
                return s.path("entries");
            }
        }
        throw new AssertionError("no section " + section + " in " + file);
    }

    private static List<JsonNode> tasks(String kind, String subjectType, long subjectId) {
        Resp r = get("/tasks?kind=" + kind + "&subjectType=" + subjectType + "&subjectId=" + subjectId + "&limit=50",
                ADMIN);
        assertStatus(200, r);
        List<JsonNode> out = new java.util.ArrayList<>();
        r.json().path("items").forEach(out::add);
        return out;
    }

    private static JsonNode single(List<JsonNode> tasks) {
        assertEquals("one task: " + tasks, 1, tasks.size());
        assertNotNull(tasks.get(0));
        return tasks.get(0);
    }

    private static LocalDate dueDay(JsonNode task) {
        return Instant.parse(task.path("dueAt").asText()).atZone(ZONE).toLocalDate();
    }
}
