package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.osgi.framework.BundleContext;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.police.lps.core.api.task.TaskService;

/**
 * The juvenile unit's organisation (WF-J1..J3, BR-J01, BR-J04..J07; textbook ch. 2 L781-907) over REST as the unit's
 * head, an inspector, a viewer and a user of another unit: assignments by order, the N-J3 rule both ways, BR-J07, a
 * precinct handover with its passport entry, the 30-working-day cover threshold across Independence Day, cover orders
 * (adjacent precincts only) and the core re-routing an absent inspector's task to the cover and back. The scene: the
 * demo city's last police point's precincts A, B, C (adjacent to each other), precinct D of the first point (not
 * adjacent to A); the demo records hold the city's first two precincts. Tests build on each other, in name order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class JuvenileOrganisationIT extends LpsTestSupport {

    private static final String HEAD = "juvenile.head:demo";
    private static final String INSPECTOR = "juvenile.inspector:demo";
    private static final String VIEWER = "jorg.viewer:jorg-secret-1";
    private static final String OTHER = "jorg.other:jorg-secret-2";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    /** The scene, made once for the class (PerClass: one container). */
    private static Scene scene;

    @Inject
    FeaturesService featuresService;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    BundleContext context;

    @Configuration
    public Option[] config() {
        return lpsDistribution();
    }

    @Before
    public void ready() throws Exception {
        awaitReady();
        installJuvenileUnit(featuresService);
        await("demo officers of the juvenile unit", 60_000, () -> officerOf("juvenile", "juvenile.inspector") != null
                && officerOf("juvenile", "juvenile.head") != null);
        if (scene == null) {
            scene = makeScene();
        }
    }

    // ------------------------------------------------------------------------------------------ organisation

    @Test
    public void t01TheHeadRecordsTheUnitAndThePrecinctsMinors() {
        Scene s = scene;
        String org = "/juvenile/organisation/" + s.unitNode;
        Resp read = get(org, INSPECTOR);
        assertStatus(200, read);
        // the demo may have recorded the organisation (a head post) already: then If-Match is needed
        boolean recorded = !none(read.json().path("version"));
        String[] ifMatch = recorded ? new String[] {"If-Match", read.header("ETag").orElseThrow()} : new String[0];
        Map<String, Object> body = organisation(true, s.headOfficer, null);
        assertProblem(403, put(org, INSPECTOR, body, ifMatch));
        assertProblem(403, put(org, VIEWER, body, ifMatch));
        if (recorded) {
            assertStatus(428, put(org, HEAD, body));
        }
        Map<String, Object> noPost = organisation(false, s.headOfficer, null);
        assertTrue(namesField(assertProblem(422, put(org, HEAD, noPost, ifMatch)), "headOfficerId"));
        Resp written = put(org, HEAD, body, ifMatch);
        assertStatus(200, written);
        assertStatus(428, put(org, HEAD, body));
        assertEquals(s.headOfficer, written.json().path("headOfficerId").asLong());
        assertEquals("IN_BUILDING", written.json().path("premisesLocation").asText());
        assertTrue(written.json().path("premisesPhone").asBoolean() && written.json().path("premisesRadio")
                .asBoolean());
        assertEquals(7, written.json().path("seniorUnassignedAbove").asInt());

        // the juvenile view of a precinct: serial number from the core, minors recorded by the head
        String a = "/juvenile/precincts/" + s.a;
        assertProblem(403, put(a, INSPECTOR, Map.of("residentMinors", 300)));
        assertTrue(namesField(assertProblem(422, put(a, HEAD, Map.of("residentMinors", -1))), "residentMinors"));
        Resp minors = put(a, HEAD, Map.of("residentMinors", 300));
        assertStatus(200, minors);
        assertEquals(300, minors.json().path("residentMinors").asInt());
        assertEquals(s.aCode, minors.json().path("code").asText());
        assertStatus(428, put(a, HEAD, Map.of("residentMinors", 310)));
        assertStatus(200, put("/juvenile/precincts/" + s.c, HEAD, Map.of("residentMinors", 800)));
        assertTrue(namesField(assertProblem(422, put("/juvenile/precincts/" + s.unitNode, HEAD,
                Map.of("residentMinors", 10))), "id"));
        assertStatus(200, get(a, VIEWER));
        assertProblem(403, get(a, OTHER));
    }

    @Test
    public void t02TheHeadAssignsInspectorsByOrder() throws Exception {
        Scene s = scene;
        long before = total("/juvenile/assignments");
        Map<String, Object> toA = assignment(s.j1, "PRECINCT", s.a, null, "201-ж");
        assertProblem(403, post("/juvenile/assignments", INSPECTOR, toA));
        assertProblem(403, post("/juvenile/assignments", VIEWER, toA));
        assertProblem(403, post("/juvenile/assignments", OTHER, toA));
        assertProblem(403, get("/juvenile/assignments", OTHER));
        await("the refusals audited", 10_000, () -> denied("juvenile.assignment", "juvenile.inspector")
                && denied("juvenile.assignment", "jorg.other") && denied("juvenile.assignment", "jorg.viewer"));

        Map<String, Object> noOrder = new LinkedHashMap<>(toA);
        noOrder.remove("orderNo");
        assertTrue(namesField(assertProblem(422, post("/juvenile/assignments", HEAD, noOrder)), "orderNo"));
        Map<String, Object> notPrecinct = assignment(s.j1, "PRECINCT", s.unitNode, null, "201-ж");
        assertTrue(namesField(assertProblem(422, post("/juvenile/assignments", HEAD, notPrecinct)), "precinctId"));
        Map<String, Object> future = new LinkedHashMap<>(toA);
        future.put("orderDate", today().plusDays(1).toString());
        assertTrue(namesField(assertProblem(422, post("/juvenile/assignments", HEAD, future)), "orderDate"));
        assertEquals("nothing written", before, total("/juvenile/assignments"));

        Resp a = post("/juvenile/assignments", HEAD, toA);
        assertStatus(201, a);
        assertTrue(a.header("ETag").isPresent() && a.header("Location").isPresent());
        assertEquals("PRECINCT", a.json().path("type").asText());
        assertEquals("201-ж", a.json().path("orderNo").asText());
        assertTrue(a.json().path("active").asBoolean());
        s.assignmentA = a.json().path("id").asLong();
        assertStatus(201, post("/juvenile/assignments", HEAD, assignment(s.j2, "PRECINCT", s.b, null, "202-ж")));
        assertStatus(201, post("/juvenile/assignments", HEAD, assignment(s.j3, "PRECINCT", s.d, null, "203-ж")));
        // one inspector per precinct, one assignment per officer
        JsonNode taken = assertProblem(409, post("/juvenile/assignments", HEAD, assignment(s.s1, "PRECINCT", s.a, null,
                "204-ж")));
        assertTrue(taken.toString(), namesField(taken, "precinctId"));
        assertTrue(namesField(assertProblem(409, post("/juvenile/assignments", HEAD, assignment(s.j1, "PRECINCT",
                s.c, null, "204-ж"))), "officerId"));
        assertEquals(before + 3, total("/juvenile/assignments"));

        // the inspector reads; the precinct shows its inspector
        JsonNode precinct = get("/juvenile/precincts/" + s.a, INSPECTOR).json();
        assertEquals(s.j1, precinct.path("inspector").path("officerId").asLong());
        assertEquals(300, precinct.path("residentMinors").asInt());
        Resp mine = get("/juvenile/assignments?precinctId=" + s.a + "&active=true", INSPECTOR);
        assertStatus(200, mine);
        assertEquals(1, mine.json().path("total").asInt());
        assertStatus(200, get("/juvenile/assignments/" + s.assignmentA, VIEWER));
        String out = shell(sessionFactory, "juvenile.head", "juvenile:assignments", "juvenile-head");
        assertTrue(out, out.contains("201-ж") && out.contains("203-ж"));
    }

    @Test
    public void t03ASchoolInspectorTakesTheAdjacentPrecinctOnlyAsNJ3Allows() {
        Scene s = scene;
        long multi = school("Көп ауысымды № 5 мектеп", "MULTIPLE", 1200, s.c);
        long single = school("Бір ауысымды № 9 мектеп", "SINGLE", 1200, s.c);
        long before = total("/juvenile/assignments");

        JsonNode refused = assertProblem(422, post("/juvenile/assignments", HEAD, assignment(s.s1, "SCHOOL", s.c,
                multi, "210-ж"), "Accept-Language", "en"));
        assertTrue(refused.toString(), namesField(refused, "precinctId"));
        assertTrue(refused.toString(), refused.path("errors").path(0).path("message").asText().contains("shifts"));
        assertTrue("not the school's adjacent precinct", namesField(assertProblem(422, post("/juvenile/assignments",
                HEAD, assignment(s.s1, "SCHOOL", s.b, single, "210-ж"))), "precinctId"));
        assertEquals("nothing written", before, total("/juvenile/assignments"));

        // single shift: 1200 students allowed, 800 minors in C
        Resp ok = post("/juvenile/assignments", HEAD, assignment(s.s1, "SCHOOL", s.c, single, "211-ж"));
        assertStatus(201, ok);
        assertEquals(s.c, ok.json().path("precinctId").asLong());
        assertEquals(single, ok.json().path("schoolId").asLong());
        assertEquals(s.s1, get("/juvenile/precincts/" + s.c, HEAD).json().path("inspector").path("officerId")
                .asLong());
        JsonNode coverage = get("/juvenile/organisation/school-coverage", INSPECTOR).json();
        assertTrue(coverage.toString(), coverage.path("withInspector").asLong() >= 1
                && coverage.path("withoutInspector").asLong() >= 1);

        String end = "/juvenile/assignments/" + ok.json().path("id").asLong() + "/end";
        assertStatus(428, post(end, HEAD, Map.of()));
        assertProblem(403, post(end, INSPECTOR, Map.of(), "If-Match", ok.header("ETag").orElseThrow()));
        Resp ended = post(end, HEAD, Map.of("reason", "N-J3 тексеру / проверка"), "If-Match",
                ok.header("ETag").orElseThrow());
        assertStatus(200, ended);
        assertFalse(ended.json().path("active").asBoolean());
        assertProblem(409, post(end, HEAD, Map.of(), "If-Match", ended.header("ETag").orElseThrow()));

        // more than 1000 minors in C: refused even for the single-shift school
        Resp c = get("/juvenile/precincts/" + s.c, HEAD);
        assertStatus(200, put("/juvenile/precincts/" + s.c, HEAD, Map.of("residentMinors", 1001), "If-Match",
                c.header("ETag").orElseThrow()));
        long mid = total("/juvenile/assignments");
        JsonNode minors = assertProblem(422, post("/juvenile/assignments", HEAD, assignment(s.s1, "SCHOOL", s.c, single,
                "212-ж"), "Accept-Language", "en"));
        assertTrue(namesField(minors, "precinctId"));
        assertTrue(minors.toString(), minors.path("errors").path(0).path("message").asText().contains("minors"));
        assertEquals("nothing written", mid, total("/juvenile/assignments"));
        // the school alone
        assertStatus(201, post("/juvenile/assignments", HEAD, assignment(s.s1, "SCHOOL", null, single, "213-ж")));
    }

    @Test
    public void t04TheHeadAndTheSeniorInspectorHoldNoPrecinct() {
        Scene s = scene;
        String org = "/juvenile/organisation/" + s.unitNode;
        long before = total("/juvenile/assignments");
        JsonNode head = assertProblem(422, post("/juvenile/assignments", HEAD, assignment(s.headOfficer, "PRECINCT",
                s.free, null, "220-ж"), "Accept-Language", "en"));
        assertTrue(head.toString(), namesField(head, "officerId"));
        assertTrue(head.toString(), head.path("errors").path(0).path("message").asText().contains("head"));
        // naming as head an officer who holds a precinct
        Resp o = get(org, HEAD);
        assertTrue(namesField(assertProblem(422, put(org, HEAD, organisation(true, s.j1, null), "If-Match",
                o.header("ETag").orElseThrow())), "headOfficerId"));

        // no head post, more than 7 inspectors: the senior inspector is not assigned
        while (get(org, HEAD).json().path("inspectors").asInt() <= 7) {
            officer("Қосымша", null);
        }
        o = get(org, HEAD);
        Resp noHead = put(org, HEAD, organisation(false, null, s.j4), "If-Match", o.header("ETag").orElseThrow());
        assertStatus(200, noHead);
        assertTrue(noHead.json().toString(), noHead.json().path("seniorExempt").asBoolean());
        JsonNode senior = assertProblem(422, post("/juvenile/assignments", HEAD, assignment(s.j4, "PRECINCT", s.free,
                null, "221-ж")));
        assertTrue(senior.toString(), namesField(senior, "officerId"));
        assertEquals("nothing written", before, total("/juvenile/assignments"));
        assertStatus(200, put(org, HEAD, organisation(true, s.headOfficer, null), "If-Match",
                noHead.header("ETag").orElseThrow()));
    }

    @Test
    public void t05AHandoverBeforeTheLpsHeadWritesThePassportAndAssigns() {
        Scene s = scene;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("precinctId", s.a);
        body.put("incomingOfficerId", s.j4);
        body.put("witnessName", "Ахметов Бауыржан Серікұлы");
        body.put("witnessRole", "LPS_HEAD");
        body.put("handedOn", today().toString());
        body.put("orderNo", "230-ж");
        body.put("orderDate", today().toString());
        body.put("issuedBy", "Қала ПБ бастығы / начальник УП города");
        assertProblem(403, post("/juvenile/handovers", INSPECTOR, body));
        Map<String, Object> noWitness = new LinkedHashMap<>(body);
        noWitness.remove("witnessName");
        long before = total("/juvenile/assignments");
        assertTrue(namesField(assertProblem(422, post("/juvenile/handovers", HEAD, noWitness)), "witnessName"));
        assertEquals("nothing written", before, total("/juvenile/assignments"));
        assertEquals(0, get("/juvenile/precincts/" + s.a + "/handovers", HEAD).json().size());

        Resp h = post("/juvenile/handovers", HEAD, body);
        assertStatus(201, h);
        JsonNode handover = h.json();
        assertEquals(s.j1, handover.path("outgoingOfficerId").asLong());
        assertEquals(s.j4, handover.path("incomingOfficerId").asLong());
        assertEquals("LPS_HEAD", handover.path("witnessRole").asText());
        assertTrue(handover.toString(), handover.path("passportText").asText().contains("Ахметов")
                && handover.path("passportText").asText().contains(s.aCode));
        assertNotNull(handover.path("passportEntryId"));
        assertEquals(s.j4, get("/juvenile/precincts/" + s.a, INSPECTOR).json().path("inspector").path("officerId")
                .asLong());
        JsonNode old = get("/juvenile/assignments/" + s.assignmentA, HEAD).json();
        assertFalse("the outgoing assignment ended: " + old, old.path("active").asBoolean());
        assertEquals(1, get("/juvenile/precincts/" + s.a + "/handovers", INSPECTOR).json().size());
    }

    // ------------------------------------------------------------------------------------------ absences and cover

    @Test
    public void t06ThirtyOneWorkingDaysAcrossIndependenceDayNeedACoverOrder() {
        Scene s = scene;
        LocalDate from = absenceStart();
        LocalDate to29 = toWorkingDays(from, 29);
        LocalDate to31 = toWorkingDays(from, 31);
        assertTrue("across 16 December", !from.isAfter(LocalDate.of(from.getYear(), 12, 16))
                && to29.isAfter(LocalDate.of(from.getYear(), 12, 17)));
        assertTrue("the holidays are not counted: " + from + ".." + to31, weekdays(from, to31) > 31);
        s.absenceFrom = from;
        s.absenceTo = to31;

        assertProblem(403, post("/juvenile/absences", INSPECTOR, absence(s.j4, from, to31)));
        assertTrue(namesField(assertProblem(422, post("/juvenile/absences", HEAD, absence(s.j4, to31, from))), "to"));

        Resp shortOne = post("/juvenile/absences", HEAD, absence(s.j3, from, to29));
        assertStatus(201, shortOne);
        assertEquals(29, shortOne.json().path("workingDays").asInt());
        assertEquals(30, shortOne.json().path("threshold").asInt());
        assertFalse("29 working days need no order", shortOne.json().path("coverOrderRequired").asBoolean());
        assertEquals("no task", 0, total("/tasks?kind=juvenile.cover-order&subjectId=" + shortOne.json().path("id")
                .asLong()));

        Resp longOne = post("/juvenile/absences", HEAD, absence(s.j4, from, to31));
        assertStatus(201, longOne);
        JsonNode a = longOne.json();
        assertEquals(31, a.path("workingDays").asInt());
        assertTrue("more than 30 working days: " + a, a.path("coverOrderRequired").asBoolean());
        assertFalse(a.path("covered").asBoolean());
        s.absenceId = a.path("id").asLong();
        JsonNode task = single(get("/tasks?kind=juvenile.cover-order&subjectType=officer.absence&subjectId="
                + s.absenceId, HEAD));
        assertEquals("OPEN", task.path("status").asText());
        assertTrue("the head's: assigned to no one " + task, none(task.path("assigneeId")));
        assertEquals("owned by the unit", s.unitNode, task.path("departmentId").asLong());

        Set<Long> uncovered = ids(get("/juvenile/absences?uncovered=true&limit=500", HEAD));
        assertTrue(uncovered.contains(s.absenceId));
        assertFalse(uncovered.contains(shortOne.json().path("id").asLong()));
        assertStatus(200, post("/tasks/sweep", ADMIN, Map.of()));
        assertEquals("the recurring source knows the task", 1, total("/tasks?kind=juvenile.cover-order&subjectId="
                + s.absenceId));
    }

    @Test
    public void t07TheCoverOrderNamesTheInspectorOfAnAdjacentPrecinct() throws Exception {
        Scene s = scene;
        assertProblem(403, post("/juvenile/cover-orders", INSPECTOR, order(s.j4, s.absenceId, s.j2, "240-ж")));
        JsonNode far = assertProblem(422, post("/juvenile/cover-orders", HEAD, order(s.j4, s.absenceId, s.demoInspector,
                "240-ж"), "Accept-Language", "en"));
        assertTrue(far.toString(), namesField(far, "coverOfficerId"));
        assertTrue(far.toString(), far.path("errors").path(0).path("message").asText().contains("adjacent"));
        assertTrue("away then", namesField(assertProblem(422, post("/juvenile/cover-orders", HEAD, order(s.j4,
                s.absenceId, s.j3, "240-ж"))), "coverOfficerId"));
        assertTrue(namesField(assertProblem(422, post("/juvenile/cover-orders", HEAD, order(s.j4, s.absenceId, s.j4,
                "240-ж"))), "coverOfficerId"));
        assertEquals("nothing written", 0, total("/juvenile/cover-orders?officer=" + s.j4));

        Resp issued = post("/juvenile/cover-orders", HEAD, order(s.j4, s.absenceId, s.j2, "240-ж"));
        assertStatus(201, issued);
        JsonNode c = issued.json();
        assertEquals("ACTIVE", c.path("status").asText());
        assertEquals(s.j2, c.path("coverOfficerId").asLong());
        assertEquals(31, c.path("workingDays").asInt());
        s.coverOrder = c.path("id").asLong();
        s.coverEtag = issued.header("ETag").orElseThrow();
        assertEquals("the head's task done", "DONE", single(get("/tasks?kind=juvenile.cover-order&subjectId="
                + s.absenceId, HEAD)).path("status").asText());
        assertFalse(ids(get("/juvenile/absences?uncovered=true&limit=500", HEAD)).contains(s.absenceId));
        boolean registered = false;
        for (JsonNode ab : get("/officers/" + s.j4, ADMIN).json().path("absences")) {
            registered |= ab.path("id").asLong() == c.path("coverAbsenceId").asLong()
                    && ab.path("coverOfficerId").asLong() == s.j2;
        }
        assertTrue("the core holds the absence with its cover", registered);
        assertProblem(409, post("/juvenile/cover-orders", HEAD, order(s.j4, s.absenceId, s.j2, "240-ж")));
        assertStatus(200, get("/juvenile/cover-orders/" + s.coverOrder, INSPECTOR));
        String out = shell(sessionFactory, "juvenile.head", "juvenile:cover", "juvenile-head");
        assertTrue(out, out.contains("240-ж"));
    }

    @Test
    public void t08TheAbsentInspectorsTaskGoesToTheCoverAndBack() {
        Scene s = scene;
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("unitId", "juvenile");
        t.put("kind", "juvenile.precinct-round");
        t.put("title", "Учаскедегі кәмелетке толмағандармен жұмыс / работа с несовершеннолетними участка");
        t.put("departmentId", s.unitNode);
        t.put("assigneeId", s.j4);
        t.put("dueAt", s.absenceTo.plusDays(20).atTime(18, 0).atZone(ALMATY).toInstant().toString());
        Resp created = post("/tasks", HEAD, t);
        assertStatus(201, created);
        long task = created.json().path("id").asLong();

        TaskService.SweepResult during = scheduler().sweep(at(s.absenceFrom.plusDays(1)));
        assertTrue("re-routed: " + during, during.rerouted() >= 1);
        JsonNode moved = get("/tasks/" + task, HEAD).json();
        assertEquals("with the cover: " + moved, s.j2, moved.path("assigneeId").asLong());
        assertEquals(s.j4, moved.path("originalAssigneeId").asLong());

        scheduler().sweep(at(s.absenceTo.plusDays(1)));
        JsonNode back = get("/tasks/" + task, HEAD).json();
        assertEquals("back once the absence is over: " + back, s.j4, back.path("assigneeId").asLong());
    }

    @Test
    public void t09EndingTheOrderEarlyEndsTheAbsence() {
        Scene s = scene;
        String end = "/juvenile/cover-orders/" + s.coverOrder + "/end";
        assertStatus(428, post(end, HEAD, Map.of()));
        assertProblem(403, post(end, INSPECTOR, Map.of(), "If-Match", s.coverEtag));
        Resp ended = post(end, HEAD, Map.of("reason", "Қызметке шықты / вышел на службу"), "If-Match", s.coverEtag);
        assertStatus(200, ended);
        assertEquals("ENDED", ended.json().path("status").asText());
        assertProblem(409, post(end, HEAD, Map.of(), "If-Match", ended.header("ETag").orElseThrow()));
        long coverAbsence = ended.json().path("coverAbsenceId").asLong();
        for (JsonNode a : get("/officers/" + s.j4, ADMIN).json().path("absences")) {
            if (a.path("id").asLong() == coverAbsence) {
                assertTrue("the covered absence ends early: " + a,
                        LocalDate.parse(a.path("to").asText()).isBefore(s.absenceTo));
            }
        }
        assertFalse(ids(get("/juvenile/cover-orders?active=true&limit=500", HEAD)).contains(s.coverOrder));
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Who and where: the unit node, the precincts, the officers made for the class, the logins. */
    private static final class Scene {
        long unitNode;
        long a;
        long b;
        long c;
        long d;
        /** A precinct no test assigns anyone to (BR-J07 refusals). */
        long free;
        String aCode;
        long headOfficer;
        long demoInspector;
        long j1;
        long j2;
        long j3;
        long j4;
        long s1;
        long assignmentA;
        LocalDate absenceFrom;
        LocalDate absenceTo;
        long absenceId;
        long coverOrder;
        String coverEtag;
    }

    private Scene makeScene() throws Exception {
        Scene s = new Scene();
        JsonNode demo = officerOf("juvenile", "juvenile.inspector");
        s.unitNode = demo.path("departmentId").asLong();
        s.demoInspector = demo.path("id").asLong();
        s.headOfficer = officerOf("juvenile", "juvenile.head").path("id").asLong();
        List<JsonNode> city = new ArrayList<>();
        for (JsonNode p : get("/org-units?kind=PRECINCT&limit=500&sort=code", ADMIN).json().path("items")) {
            if (p.path("code").asText().startsWith("DEMO-CITY-P-")) {
                city.add(p);
            }
        }
        city.sort(Comparator.comparing(p -> p.path("code").asText()));
        Set<Long> demoHeld = Set.of(city.get(0).path("id").asLong(), city.get(1).path("id").asLong());
        TreeMap<Long, List<JsonNode>> byPoint = new TreeMap<>();
        for (JsonNode p : city) {
            if (!demoHeld.contains(p.path("id").asLong())) {
                byPoint.computeIfAbsent(p.path("parentId").asLong(), k -> new ArrayList<>()).add(p);
            }
        }
        assertTrue("two city points: " + byPoint.keySet(), byPoint.size() >= 2);
        List<JsonNode> last = byPoint.lastEntry().getValue();
        assertTrue("three precincts in the last point", last.size() >= 3);
        s.a = last.get(0).path("id").asLong();
        s.aCode = last.get(0).path("code").asText();
        s.b = last.get(1).path("id").asLong();
        s.c = last.get(2).path("id").asLong();
        s.d = byPoint.firstEntry().getValue().get(0).path("id").asLong();
        s.free = last.size() > 3 ? last.get(3).path("id").asLong() : s.d;
        s.j1 = officer("Бірінші", null);
        s.j2 = officer("Екінші", null);
        s.j3 = officer("Үшінші", null);
        s.j4 = officer("Төртінші", null);
        s.s1 = officer("Мектептік", null);
        login("jorg.viewer", "jorg-secret-1", "juvenile-viewer", null);
        login("jorg.other", "jorg-secret-2", "district-inspector", "district");
        await("the test logins", 30_000, () -> get("/me", VIEWER).status() == 200 && get("/me", OTHER).status() == 200);
        return s;
    }

    private static int officers;

    /** A juvenile officer at the unit node (an inspector unless a login is made for them). */
    private static long officer(String surname, String login) {
        ObjectNode o = JSON.createObjectNode();
        o.put("personnelNumber", "JORG-" + (++officers) + "-" + System.nanoTime() % 100000);
        o.put("surname", surname);
        o.put("name", "Сынақ");
        o.put("rank", "полиция лейтенанты");
        o.put("position", "КТІ УПИ / инспектор ПДН");
        o.put("departmentId", scene == null ? officerOf("juvenile", "juvenile.inspector").path("departmentId")
                .asLong() : scene.unitNode);
        o.put("unitType", "juvenile");
        o.put("status", "ACTIVE");
        if (login != null) {
            o.put("login", login);
        }
        Resp r = post("/officers", ADMIN, o);
        assertStatus(201, r);
        return r.json().path("id").asLong();
    }

    /** A login with one role and an officer record in the city body (the unit given, or none). */
    private void login(String user, String password, String role, String unit) throws Exception {
        ObjectNode o = JSON.createObjectNode();
        o.put("personnelNumber", "JORG-" + user.replace('.', '-').toUpperCase());
        o.put("surname", "Тексеруов");
        o.put("name", "Ерлан");
        o.put("departmentId", districtBodyId("DEMO-CITY"));
        if (unit != null) {
            o.put("unitType", unit);
        }
        o.put("status", "ACTIVE");
        o.put("login", user);
        assertStatus(201, post("/officers", ADMIN, o));
        String out = shell(sessionFactory, "admin", "lps:user-add --password " + password + " " + user + " " + role);
        assertTrue(out, out.contains(user));
    }

    private static Map<String, Object> organisation(boolean headPost, Long head, Long senior) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("headPost", headPost);
        m.put("headOfficerId", head);
        m.put("seniorOfficerId", senior);
        m.put("premisesAddress", "Абай даңғылы, 12, 104-кабинет");
        m.put("premisesPhone", true);
        m.put("premisesRadio", true);
        m.put("premisesLocation", "IN_BUILDING");
        return m;
    }

    private static Map<String, Object> assignment(long officer, String type, Long precinct, Long school,
            String orderNo) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("officerId", officer);
        m.put("type", type);
        m.put("precinctId", precinct);
        m.put("schoolId", school);
        m.put("orderNo", orderNo);
        m.put("orderDate", today().toString());
        m.put("issuedBy", "Қала ПБ бастығы / начальник УП города");
        m.put("officeLocation", "ЖПҚ ғимараты / здание МПС");
        return m;
    }

    private static long school(String name, String shift, int students, long adjacentPrecinct) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("departmentId", scene.unitNode);
        m.put("name", name);
        m.put("address", "Тест көшесі, 1");
        m.put("shiftMode", shift);
        m.put("studentCount", students);
        m.put("adjacentPrecinctId", adjacentPrecinct);
        m.put("videoSurveillance", true);
        Resp r = post("/juvenile/schools", HEAD, m);
        assertStatus(201, r);
        return r.json().path("id").asLong();
    }

    private static Map<String, Object> absence(long officer, LocalDate from, LocalDate to) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("officerId", officer);
        m.put("kind", "LEAVE");
        m.put("from", from.toString());
        m.put("to", to.toString());
        m.put("note", "Еңбек демалысы / отпуск");
        return m;
    }

    private static Map<String, Object> order(long officer, long absenceId, long cover, String number) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("officerId", officer);
        m.put("absenceId", absenceId);
        m.put("coverOfficerId", cover);
        m.put("orderNo", number);
        m.put("orderDate", today().toString());
        return m;
    }

    /**
     * The first day of the absences: four weeks before the week of 16 December of the December ahead, but not before
     * tomorrow (the absences lie in the future, so the scheduler's own runs do not touch the re-routed task).
     */
    private static LocalDate absenceStart() {
        LocalDate today = today();
        int year = today.isBefore(LocalDate.of(today.getYear(), 11, 20)) ? today.getYear()
                : today.isBefore(LocalDate.of(today.getYear(), 12, 1)) ? today.getYear() : today.getYear() + 1;
        LocalDate start = LocalDate.of(year, 12, 14).with(java.time.temporal.TemporalAdjusters.previousOrSame(
                DayOfWeek.MONDAY)).minusWeeks(4);
        return start.isAfter(today) ? start : today.plusDays(1);
    }

    /** The first day on which the absence from {@code from} counts {@code n} working days (the core's calendar). */
    private static LocalDate toWorkingDays(LocalDate from, int n) {
        for (LocalDate to = from.plusDays(n); to.isBefore(from.plusDays(3L * n)); to = to.plusDays(1)) {
            Resp r = get("/calendar/working-days?from=" + from + "&to=" + to, ADMIN);
            assertStatus(200, r);
            if (r.json().path("workingDays").asInt() == n) {
                return to;
            }
        }
        throw new AssertionError("no day with " + n + " working days from " + from);
    }

    private static int weekdays(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                n++;
            }
        }
        return n;
    }

    private static boolean denied(String subjectType, String user) {
        for (JsonNode row : get("/audit?subjectType=" + subjectType + "&user=" + user + "&limit=500", ADMIN).json()
                .path("items")) {
            if ("DENIED".equals(row.path("outcome").asText())) {
                return true;
            }
        }
        return false;
    }

    private TaskService scheduler() {
        return context.getService(context.getServiceReference(TaskService.class));
    }

    private static boolean none(JsonNode field) {
        return field.isMissingNode() || field.isNull();
    }

    private static LocalDate today() {
        return LocalDate.now(ALMATY);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ALMATY).toInstant();
    }

    private static JsonNode single(Resp r) {
        assertStatus(200, r);
        assertEquals("exactly one: " + r, 1, r.json().path("total").asInt());
        return r.json().path("items").path(0);
    }

    private static Set<Long> ids(Resp page) {
        assertStatus(200, page);
        Set<Long> ids = new HashSet<>();
        page.json().path("items").forEach(i -> ids.add(i.path("id").asLong()));
        return ids;
    }
}
