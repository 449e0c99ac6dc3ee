package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
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

import kz.police.lps.core.api.task.TaskService;

/**
 * The district unit's absences and cover orders (WF-4, BR-14, textbook L369-374) and the inspectors' book of the
 * district police points (WF-7, BR-23, L616-624), over REST as the head, an inspector and the admin. The scene is
 * the demo city: precincts A, B and C of one police point (A's inspector away, B's adjacent to A, C's away briefly)
 * and precinct D of another point (not adjacent to A). Tests build on each other, in name order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class DistrictCoverIT extends LpsTestSupport {

    private static final String HEAD = "district.head:demo";
    private static final String INSPECTOR = "district.inspector:demo";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    /** The inspection task kinds, per level: monthly, quarterly, half-yearly. */
    private static final String[] LEVELS = {"district.inspection.by-lps-head", "district.inspection.by-deputy-head",
        "district.inspection.by-head"};

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
        installDistrictUnit(featuresService); // with its demo records
        await("demo officers of the district unit", 60_000, () -> officerOf("district", "district.inspector") != null
                && officerOf("district", "district.head") != null);
        await("cover orders and the inspectors' book", 60_000, () -> get("/district/covers", ADMIN).status() == 200
                && get("/district/inspections", ADMIN).status() == 200);
    }

    // ------------------------------------------------------------------------------------------ inspections

    @Test
    public void t01EveryPointHasItsInspectionsPerLevelAndPeriod() {
        List<JsonNode> points = districtPoints();
        int n = points.size();
        assertTrue("district police points in the demo region", n > 0);
        await("the inspection tasks of every point", 60_000, () -> {
            assertStatus(200, post("/tasks/sweep", ADMIN, Map.of()));
            return total("/tasks?kind=" + LEVELS[0]) == n;
        });
        LocalDate today = today();
        LocalDate monthEnd = today.with(TemporalAdjusters.lastDayOfMonth());
        LocalDate quarterEnd = today.withMonth(((today.getMonthValue() - 1) / 3 + 1) * 3)
                .with(TemporalAdjusters.lastDayOfMonth());
        LocalDate halfEnd = today.withMonth(today.getMonthValue() <= 6 ? 6 : 12)
                .with(TemporalAdjusters.lastDayOfMonth());
        LocalDate[] ends = {monthEnd, quarterEnd, halfEnd};
        Set<String> pointIds = new HashSet<>();
        points.forEach(p -> pointIds.add(p.path("id").asText()));
        for (int i = 0; i < LEVELS.length; i++) {
            Resp r = get("/tasks?kind=" + LEVELS[i] + "&limit=500", ADMIN);
            assertStatus(200, r);
            assertEquals("one per point: " + LEVELS[i], n, r.json().path("total").asInt());
            Set<String> subjects = new HashSet<>();
            for (JsonNode t : r.json().path("items")) {
                assertEquals("about the point: " + t, "org-unit", t.path("subjectType").asText());
                assertEquals("owned by the point: " + t, t.path("subjectId").asText(), t.path("departmentId").asText());
                assertTrue("assigned to no one: the heads in scope take it: " + t, none(t.path("assigneeId")));
                assertEquals("due by the end of the period: " + t, ends[i], localDate(t.path("dueAt")));
                subjects.add(t.path("subjectId").asText());
            }
            assertEquals(LEVELS[i], pointIds, subjects);
        }
        long cityPoints = points.stream().filter(p -> p.path("code").asText().startsWith("DEMO-CITY-")).count();
        Resp seen = get("/tasks?kind=" + LEVELS[0] + "&limit=500", HEAD);
        assertStatus(200, seen);
        assertEquals("the city unit's head sees its own points' tasks", cityPoints, seen.json().path("total").asLong());
    }

    @Test
    public void t02AnInspectionInTheBookCompletesItsPeriodsTask() {
        Scene s = scene();
        LocalDate today = today();
        JsonNode monthly = openTask(LEVELS[0], s.point1());
        String book = "/district/inspections?pointId=" + s.point1();
        long before = total(book);
        Map<String, Object> body = inspection(s.point1(), "LPS_HEAD", today);

        assertProblem(403, post("/district/inspections", INSPECTOR, body));
        Map<String, Object> precinct = new LinkedHashMap<>(body);
        precinct.put("pointId", s.precinctA());
        assertTrue("a precinct is not a point", namesField(assertProblem(422, post("/district/inspections", HEAD,
                precinct)), "pointId"));
        Map<String, Object> noPassport = new LinkedHashMap<>(body);
        noPassport.remove("passportFindings");
        assertTrue("the passport keeping is inspected too", namesField(assertProblem(422,
                post("/district/inspections", HEAD, noPassport)), "passportFindings"));
        Map<String, Object> future = new LinkedHashMap<>(body);
        future.put("inspectedOn", today.plusDays(1).toString());
        assertTrue(namesField(assertProblem(422, post("/district/inspections", HEAD, future)), "inspectedOn"));
        assertEquals("nothing written", before, total(book));

        Resp written = post("/district/inspections", HEAD, body);
        assertStatus(201, written);
        assertTrue(written.header("ETag").isPresent());
        JsonNode entry = written.json();
        assertEquals(String.format("%d-%02d", today.getYear(), today.getMonthValue()), entry.path("period").asText());
        assertEquals("the month's task", monthly.path("id").asLong(), entry.path("taskId").asLong());
        assertEquals("DONE", get("/tasks/" + monthly.path("id").asLong(), HEAD).json().path("status").asText());
        assertNotNull("the half-yearly inspection by the body's head is still due", openTask(LEVELS[2], s.point1()));

        Resp read = get(book + "&from=" + today + "&to=" + today, INSPECTOR);
        assertStatus(200, read);
        assertEquals(before + 1, total(book));
        assertEquals(entry.path("id").asLong(), read.json().path("items").path(0).path("id").asLong());
        assertEquals("Ахметов Б.С.", read.json().path("items").path(0).path("inspectorName").asText());
        assertStatus(200, get("/district/inspections/" + entry.path("id").asLong(), INSPECTOR));

        Resp again = post("/tasks/sweep", ADMIN, Map.of());
        assertStatus(200, again);
        assertEquals("every occurrence exists, the inspected one is done: " + again, 0,
                again.json().path("created").asInt());
        assertEquals("still one task of the month for the point", 1, total("/tasks?kind=" + LEVELS[0]
                + "&subjectType=org-unit&subjectId=" + s.point1()));
    }

    // ------------------------------------------------------------------------------------------ absences and cover

    @Test
    public void t10AnAbsenceOfEightWorkingDaysNeedsACoverOrder() {
        Scene s = scene();
        LocalDate from = holidayWeek();
        LocalDate to = from.plusDays(10);
        Resp calendar = get("/calendar/working-days?from=" + from + "&to=" + to, ADMIN);
        assertStatus(200, calendar);
        assertEquals("nine weekdays less Independence Day (16 December)", 8,
                calendar.json().path("workingDays").asInt());

        assertProblem(403, post("/district/absences", INSPECTOR, absence(s.a(), "LEAVE", from, to)));
        assertTrue(namesField(assertProblem(422, post("/district/absences", HEAD,
                absence(s.a(), "LEAVE", to, from))), "to"));
        assertTrue(namesField(assertProblem(400, post("/district/absences", HEAD,
                absence(s.a(), "HOLIDAY", from, to))), "kind"));

        Resp recorded = post("/district/absences", HEAD, absence(s.a(), "LEAVE", from, to));
        assertStatus(201, recorded);
        JsonNode a = recorded.json();
        assertEquals("counted with the calendar: " + a, 8, a.path("workingDays").asInt());
        assertEquals(5, a.path("threshold").asInt());
        assertTrue("more than 5 working days: " + a, a.path("coverOrderRequired").asBoolean());
        assertFalse(a.path("covered").asBoolean());
        long absenceId = a.path("id").asLong();
        assertTrue("the core holds the absence", absenceIds(s.a(), false).contains(absenceId));

        JsonNode task = single(get("/tasks?kind=district.cover-order&subjectType=officer.absence&subjectId="
                + absenceId, HEAD));
        assertEquals("OPEN", task.path("status").asText());
        assertTrue("the head's: assigned to no one " + task, none(task.path("assigneeId")));
        assertEquals("owned by the district unit", s.unitNode(), task.path("departmentId").asLong());
        // district.cover.order-deadline (configurable, WF-4 gap): 1 working day after the absence is recorded
        JsonNode deadline = get("/calendar/deadline?from=" + Instant.now() + "&amount=1&unit=WORKING_DAYS",
                ADMIN).json();
        assertEquals("1 working day after recording: " + task, deadline.path("dueDate").asText(),
                localDate(task.path("dueAt")).toString());

        assertTrue("one absence at a time", namesField(assertProblem(422, post("/district/absences", HEAD,
                absence(s.a(), "SICK_LEAVE", to, to.plusDays(2)))), "from"));

        // C: six weekdays, one the holiday, 5 working days: a cover order is allowed, not required
        Resp shortOne = post("/district/absences", HEAD, absence(s.c(), "BUSINESS_TRIP", from, from.plusDays(7)));
        assertStatus(201, shortOne);
        assertEquals(5, shortOne.json().path("workingDays").asInt());
        assertFalse(shortOne.json().path("coverOrderRequired").asBoolean());
        assertEquals("no task", 0, total("/tasks?kind=district.cover-order&subjectId=" + shortOne.json().path("id")
                .asLong()));

        Set<Long> uncovered = ids(get("/district/absences?uncovered=true&limit=500", HEAD));
        assertTrue(uncovered.contains(absenceId));
        assertFalse(uncovered.contains(shortOne.json().path("id").asLong()));
        assertStatus(200, post("/tasks/sweep", ADMIN, Map.of()));
        assertEquals("the recurring source knows the task", 1, total("/tasks?kind=district.cover-order&subjectId="
                + absenceId));
    }

    @Test
    public void t11TheCoverOrderNamesTheInspectorOfAnAdjacentPrecinct() throws Exception {
        Scene s = scene();
        LocalDate from = holidayWeek();
        long absenceId = uncoveredAbsenceOf(s.a(), from);

        assertProblem(403, post("/district/covers", INSPECTOR, order(s.a(), absenceId, s.b(), "12-ж")));
        // a refusal's audit row is written apart from the refused request: wait for it
        await("the refusal audited", 10_000, () -> get("/audit?subjectType=district.cover-order&user=district.inspector",
                ADMIN).json().path("items").findValuesAsText("outcome").contains("DENIED"));
        for (long wrong : new long[] {s.d(), s.a(), s.c()}) {
            // D: another point's precinct; A: the absent one; C: adjacent, but away on some of the days
            JsonNode p = assertProblem(422, post("/district/covers", HEAD, order(s.a(), absenceId, wrong, "12-ж")));
            assertTrue("cover " + wrong + ": " + p, namesField(p, "coverOfficerId"));
        }
        // an officer outside the head's scope (a rural inspector): 403 before anything is said of them
        long rural = -1;
        for (JsonNode p : get("/org-units?kind=PRECINCT&limit=500&sort=code", ADMIN).json().path("items")) {
            if (p.path("code").asText().startsWith("DEMO-RURAL-P-")) {
                rural = get("/officers?departmentId=" + p.path("id").asLong() + "&unit=district", ADMIN).json()
                        .path("items").path(0).path("id").asLong();
                break;
            }
        }
        assertTrue("a rural inspector", rural > 0);
        assertProblem(403, post("/district/covers", HEAD, order(s.a(), absenceId, rural, "12-ж")));
        JsonNode en = assertProblem(422, post("/district/covers", HEAD, order(s.a(), absenceId, s.d(), "12-ж"),
                "Accept-Language", "en"));
        assertTrue(en.toString(), en.path("errors").path(0).path("message").asText().contains("adjacent"));
        assertEquals("nothing written", 0, total("/district/covers?officer=" + s.a()));

        Resp issued = post("/district/covers", HEAD, order(s.a(), absenceId, s.b(), "12-ж"));
        assertStatus(201, issued);
        assertTrue(issued.header("ETag").isPresent() && issued.header("Location").isPresent());
        JsonNode c = issued.json();
        assertEquals("ACTIVE", c.path("status").asText());
        assertEquals(s.b(), c.path("coverOfficerId").asLong());
        assertEquals(absenceId, c.path("absenceId").asLong());
        assertEquals(from.toString(), c.path("from").asText());
        assertEquals(from.plusDays(10).toString(), c.path("to").asText());
        assertEquals(8, c.path("workingDays").asInt());
        assertEquals("LEAVE", c.path("kind").asText());

        assertEquals("the head's task done", "DONE", single(get("/tasks?kind=district.cover-order&subjectId="
                + absenceId, HEAD)).path("status").asText());
        assertFalse(ids(get("/district/absences?uncovered=true&limit=500", HEAD)).contains(absenceId));
        assertTrue("the core routes A's tasks to B", absenceIds(s.a(), true).contains(c.path("coverAbsenceId")
                .asLong()));
        assertProblem(409, post("/district/covers", HEAD, order(s.a(), absenceId, s.b(), "12-ж")));
        assertTrue(ids(get("/district/covers?active=true&limit=500", HEAD)).contains(c.path("id").asLong()));
        assertEquals(c.path("id").asLong(), get("/district/covers/" + c.path("id").asLong(), INSPECTOR).json()
                .path("id").asLong());

        String out = shell(sessionFactory, "district.head", "district:cover", "district-head");
        assertTrue(out, out.contains("12-ж"));
    }

    @Test
    public void t12TheAbsentInspectorsTasksGoToTheCoverAndBack() {
        Scene s = scene();
        LocalDate from = holidayWeek();
        LocalDate to = from.plusDays(10);
        long task = taskOf(s.a(), s.departmentOf(s.a()), to.plusDays(20));

        TaskService.SweepResult during = scheduler().sweep(at(from.plusDays(1)));
        assertTrue("re-routed: " + during, during.rerouted() >= 1);
        JsonNode moved = get("/tasks/" + task, HEAD).json();
        assertEquals("with the cover", s.b(), moved.path("assigneeId").asLong());
        assertEquals("for the absent one", s.a(), moved.path("originalAssigneeId").asLong());
        assertTrue("this month's inspections not made by mid-December escalate to the heads",
                total("/tasks?kind=" + LEVELS[0] + "&status=OPEN&escalated=true") >= 1);

        scheduler().sweep(at(to.plusDays(1)));
        JsonNode back = get("/tasks/" + task, HEAD).json();
        assertEquals("back once the absence is over", s.a(), back.path("assigneeId").asLong());
        assertTrue(none(back.path("originalAssigneeId")));
    }

    @Test
    public void t13AShortAbsenceMayHaveACoverAndTheOrderEnds() {
        Scene s = scene();
        LocalDate today = today();
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("officerId", s.c());
        order.put("kind", "SICK_LEAVE");
        order.put("from", today.toString());
        order.put("to", today.plusDays(2).toString());
        order.put("coverOfficerId", s.b());
        order.put("orderNo", "13-ж");
        order.put("orderDate", today.toString());
        Resp issued = post("/district/covers", HEAD, order);
        assertStatus(201, issued);
        long id = issued.json().path("id").asLong();
        assertTrue("not recorded before", none(issued.json().path("absenceId")));
        long task = taskOf(s.c(), s.departmentOf(s.c()), today.plusDays(10));

        Resp sweep = post("/tasks/sweep", ADMIN, Map.of());
        assertStatus(200, sweep);
        assertTrue("re-routed: " + sweep, sweep.json().path("rerouted").asInt() >= 1);
        JsonNode moved = get("/tasks/" + task, HEAD).json();
        assertEquals(s.b(), moved.path("assigneeId").asLong());
        assertEquals(s.c(), moved.path("originalAssigneeId").asLong());

        String end = "/district/covers/" + id + "/end";
        String etag = issued.header("ETag").orElseThrow();
        assertStatus(428, post(end, HEAD, Map.of()));
        assertProblem(403, post(end, INSPECTOR, Map.of(), "If-Match", etag));
        Resp ended = post(end, HEAD, Map.of("reason", "Қызметке шықты / вышел на службу"), "If-Match", etag);
        assertStatus(200, ended);
        assertEquals("ENDED", ended.json().path("status").asText());
        assertEquals(today.toString(), ended.json().path("endedOn").asText());
        assertProblem(409, post(end, HEAD, Map.of(), "If-Match", ended.header("ETag").orElseThrow()));
        // the absence registered with the order now ends today: from tomorrow the tasks go back to the officer
        boolean shortened = false;
        for (JsonNode a : get("/officers/" + s.c(), ADMIN).json().path("absences")) {
            if (a.path("coverOfficerId").asLong() == s.b() && a.path("from").asText().equals(today.toString())) {
                assertEquals(today.toString(), a.path("to").asText());
                shortened = true;
            }
        }
        assertTrue("the covered absence found", shortened);
        assertFalse(ids(get("/district/covers?active=true&limit=500", HEAD)).contains(id));
        assertTrue(ids(get("/district/covers?active=false&limit=500", HEAD)).contains(id));
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Precincts A, B, C of the first city point, D of another one; their inspectors; the city's district unit. */
    private record Scene(long a, long b, long c, long d, long precinctA, long point1, long unitNode,
            Map<Long, Long> departments) {

        long departmentOf(long officer) {
            return departments.get(officer);
        }
    }

    private static Scene scene() {
        Map<Long, List<JsonNode>> byPoint = new TreeMap<>();
        for (JsonNode p : get("/org-units?kind=PRECINCT&limit=500&sort=code", ADMIN).json().path("items")) {
            if (p.path("code").asText().startsWith("DEMO-CITY-P-")) {
                byPoint.computeIfAbsent(p.path("parentId").asLong(), k -> new ArrayList<>()).add(p);
            }
        }
        List<Long> points = new ArrayList<>(byPoint.keySet());
        assertTrue("two city points: " + points, points.size() >= 2);
        List<JsonNode> first = byPoint.get(points.get(0));
        assertTrue("three precincts in the first point", first.size() >= 3);
        Map<Long, Long> inspectorOf = new HashMap<>();
        Map<Long, Long> departments = new HashMap<>();
        for (JsonNode o : get("/officers?unit=district&limit=500", ADMIN).json().path("items")) {
            inspectorOf.put(o.path("departmentId").asLong(), o.path("id").asLong());
            departments.put(o.path("id").asLong(), o.path("departmentId").asLong());
        }
        long unitNode = -1;
        for (JsonNode u : get("/org-units?kind=UNIT&limit=500", ADMIN).json().path("items")) {
            if ("DEMO-CITY-DISTRICT".equals(u.path("code").asText())) {
                unitNode = u.path("id").asLong();
            }
        }
        long precinctA = first.get(0).path("id").asLong();
        return new Scene(inspectorOf.get(precinctA), inspectorOf.get(first.get(1).path("id").asLong()),
                inspectorOf.get(first.get(2).path("id").asLong()),
                inspectorOf.get(byPoint.get(points.get(1)).get(0).path("id").asLong()), precinctA, points.get(0),
                unitNode, departments);
    }

    private static List<JsonNode> districtPoints() {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode p : get("/org-units?kind=POLICE_POINT&limit=500", ADMIN).json().path("items")) {
            if ("district".equals(p.path("unitType").asText())) {
                out.add(p);
            }
        }
        return out;
    }

    /** The task scheduler, run here for a chosen day to see the cover re-routing start and end. */
    private TaskService scheduler() {
        return context.getService(context.getServiceReference(TaskService.class));
    }

    /** A null field: absent from the JSON or null. */
    private static boolean none(JsonNode field) {
        return field.isMissingNode() || field.isNull();
    }

    private static LocalDate today() {
        return LocalDate.now(ALMATY);
    }

    /** The Monday of the week of 14 December, in the first December ahead: the absence crosses Independence Day. */
    private static LocalDate holidayWeek() {
        LocalDate today = today();
        int year = today.isBefore(LocalDate.of(today.getYear(), 12, 1)) ? today.getYear() : today.getYear() + 1;
        return LocalDate.of(year, 12, 14).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Ten in the morning of the day in Almaty: when the scheduler runs. */
    private static Instant at(LocalDate day) {
        return day.atTime(10, 0).atZone(ALMATY).toInstant();
    }

    private static LocalDate localDate(JsonNode instant) {
        return Instant.parse(instant.asText()).atZone(ALMATY).toLocalDate();
    }

    private static Map<String, Object> absence(long officer, String kind, LocalDate from, LocalDate to) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("officerId", officer);
        m.put("kind", kind);
        m.put("from", from.toString());
        m.put("to", to.toString());
        m.put("note", "Бұйрықпен / по приказу");
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

    private static Map<String, Object> inspection(long point, String level, LocalDate day) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pointId", point);
        m.put("level", level);
        m.put("inspectorName", "Ахметов Б.С.");
        m.put("inspectorPosition", "ЖПҚ бастығы / начальник МПС");
        m.put("inspectedOn", day.toString());
        m.put("pointFindings", "Қабылдау кестесі ілінген, журнал жүргізіледі / график приёма вывешен");
        m.put("passportFindings", "Паспорт толық / паспорт участка ведётся полно");
        m.put("proposals", "Стендті жаңарту / обновить стенд");
        return m;
    }

    /** The open task of a kind about a point (null when none). */
    private static JsonNode openTask(String kind, long point) {
        Resp r = get("/tasks?kind=" + kind + "&subjectType=org-unit&subjectId=" + point + "&status=OPEN", HEAD);
        assertStatus(200, r);
        JsonNode items = r.json().path("items");
        return items.size() == 0 ? null : items.path(0);
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

    /** The officer's absences in the core; only those naming a cover when {@code withCover}. */
    private static Set<Long> absenceIds(long officer, boolean withCover) {
        Resp r = get("/officers/" + officer, ADMIN);
        assertStatus(200, r);
        Set<Long> ids = new HashSet<>();
        for (JsonNode a : r.json().path("absences")) {
            if (!withCover || !none(a.path("coverOfficerId"))) {
                ids.add(a.path("id").asLong());
            }
        }
        return ids;
    }

    private static long uncoveredAbsenceOf(long officer, LocalDate from) {
        for (JsonNode a : get("/district/absences?uncovered=true&officer=" + officer, HEAD).json().path("items")) {
            if (from.toString().equals(a.path("from").asText())) {
                return a.path("id").asLong();
            }
        }
        throw new AssertionError("no uncovered absence of " + officer + " from " + from);
    }

    /** A task the head gives the officer, due by the end of the day. */
    private static long taskOf(long officer, long department, LocalDate due) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("unitId", "district");
        t.put("kind", "district.precinct-round");
        t.put("title", "Учаскені аралау / обход участка");
        t.put("departmentId", department);
        t.put("assigneeId", officer);
        t.put("dueAt", due.atTime(18, 0).atZone(ALMATY).toInstant().toString());
        Resp r = post("/tasks", HEAD, t);
        assertStatus(201, r);
        return r.json().path("id").asLong();
    }
}
