package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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

/**
 * Precincts and district police points of the district unit (WF-1, WF-3, §4.1-4.4) and the staffing-norm compliance
 * (US-03..05): the head records a precinct's order, boundaries and adjacent precincts (an inspector may not, BR-11,
 * BR-12); the grouping rules refuse the 8th urban precinct of a point (BR-06) and a second point in a rural
 * settlement (BR-07); a newly appointed inspector takes a precinct over with a witness (BR-13), which writes the
 * passport and assigns the inspector; the passport keeps its versions; the compliance warnings come from the demo
 * residents and follow a region's override of a norm; the report and the shell command.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class DistrictPrecinctsIT extends LpsTestSupport {

    private static final String HEAD = "district.head:demo";
    private static final String INSPECTOR = "district.inspector:demo";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final String REPORT = "district.staffing-compliance";
    private static final String CITY_NORM = "district.staffing.residents-per-inspector-city";

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
        await("demo logins of the district unit", 60_000, () -> officerOf("district", "district.inspector") != null
                && officerOf("district", "district.head") != null
                && get("/district/precincts?limit=1", HEAD).status() == 200
                && get("/district/precincts?limit=1", INSPECTOR).status() == 200);
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    public void t01TheHeadRecordsTheOrderBoundariesAndNeighbours() {
        long p1 = node("DEMO-CITY-P-001");
        long p2 = node("DEMO-CITY-P-002");
        long p3 = node("DEMO-CITY-P-003");
        Resp before = get("/district/precincts/" + p2, HEAD);
        assertStatus(200, before);
        assertEquals("no record yet: " + before, "\"0\"", before.header("ETag").orElseThrow());
        assertEquals("URBAN", before.json().path("settlementType").asText());
        assertTrue("the demo inspector serving there: " + before, before.json().path("inspectorId").asLong() > 0);
        assertFalse(before.json().path("assignedByOrder").asBoolean());
        assertEquals(node("DEMO-CITY-UPP-01"), before.json().path("pointId").asLong());

        LocalDate orderDate = LocalDate.now(ALMATY).minusDays(20);
        ObjectNode body = JSON.createObjectNode();
        body.put("serialNumber", 2);
        body.set("serialOrder", order("12-ж", orderDate));
        ObjectNode boundaries = body.putObject("boundaries");
        boundaries.put("description", "Абай даңғылы 1-60 үйлер, Наурыз көшесі толық");
        boundaries.put("populationDensity", 4250.5);
        boundaries.set("order", order("13-ж", orderDate));
        ArrayNode adjacent = body.putArray("adjacentPrecinctIds");
        adjacent.add(p1);
        adjacent.add(p3);

        // BR-11, BR-12: the inspector may not; the refusal is audited
        assertProblem(403, put("/district/precincts/" + p2, INSPECTOR, body, "If-Match", "\"0\""));
        awaitDenied("district.inspector", "district.precinct");
        // the If-Match is required
        assertProblem(428, put("/district/precincts/" + p2, HEAD, body));
        // a serial number without the order that gave it is refused, naming the field; nothing is written
        ObjectNode noOrder = body.deepCopy();
        noOrder.remove("serialOrder");
        JsonNode p = assertProblem(422, put("/district/precincts/" + p2, HEAD, noOrder, "If-Match", "\"0\""));
        assertTrue(p.toString(), namesField(p, "serialOrder"));
        ObjectNode future = body.deepCopy();
        future.set("serialOrder", order("12-ж", LocalDate.now(ALMATY).plusDays(3)));
        p = assertProblem(422, put("/district/precincts/" + p2, HEAD, future, "If-Match", "\"0\""));
        assertTrue(p.toString(), namesField(p, "serialOrder.date"));
        ObjectNode self = body.deepCopy();
        ((ArrayNode) self.get("adjacentPrecinctIds")).add(p2);
        p = assertProblem(422, put("/district/precincts/" + p2, HEAD, self, "If-Match", "\"0\""));
        assertTrue(p.toString(), namesField(p, "adjacentPrecinctIds[2]"));
        assertEquals("\"0\"", get("/district/precincts/" + p2, HEAD).header("ETag").orElseThrow());

        Resp saved = put("/district/precincts/" + p2, HEAD, body, "If-Match", "\"0\"");
        assertStatus(200, saved);
        assertEquals("\"1\"", saved.header("ETag").orElseThrow());
        JsonNode r = saved.json();
        assertEquals(2, r.path("serialNumber").asInt());
        assertEquals("12-ж", r.path("serialOrder").path("number").asText());
        assertEquals(orderDate.toString(), r.path("serialOrder").path("date").asText());
        assertEquals("district.head", r.path("boundaries").path("approvedBy").asText());
        assertEquals(List.of(p1, p3), longs(r.path("adjacentPrecinctIds")));

        // adjacency holds both ways
        JsonNode first = get("/district/precincts/" + p1, INSPECTOR).json();
        assertEquals(List.of(p2), longs(first.path("adjacentPrecinctIds")));
        // a stale version is refused; another precinct of the body cannot take serial number 2
        assertProblem(412, put("/district/precincts/" + p2, HEAD, body, "If-Match", "\"0\""));
        ObjectNode taken = JSON.createObjectNode();
        taken.put("serialNumber", 2);
        taken.set("serialOrder", order("14-ж", orderDate));
        p = assertProblem(422, put("/district/precincts/" + p3, HEAD, taken, "If-Match", "\"0\""));
        assertTrue(p.toString(), namesField(p, "serialNumber"));

        // the head's list of the body's precincts; the rural district lies outside the head's scope
        Resp list = get("/district/precincts?departmentId=" + districtBodyId("DEMO-CITY") + "&limit=500", HEAD);
        assertStatus(200, list);
        assertTrue(list.json().path("total").asLong() >= 6);
        assertProblem(403, get("/district/precincts?departmentId=" + districtBodyId("DEMO-RURAL"), HEAD));
        assertProblem(403, get("/district/precincts/" + node("DEMO-RURAL-P-001"), HEAD));
        assertProblem(404, get("/district/precincts/" + node("DEMO-CITY-UPP-01"), HEAD));
    }

    @Test
    public void t02GroupingRulesRefuseTheEighthUrbanPrecinctAndASecondRuralPoint() {
        long cityUnit = node("DEMO-CITY-DISTRICT");
        ObjectNode point = JSON.createObjectNode();
        point.put("unitId", cityUnit);
        point.put("code", "DEMO-CITY-UPP-IT");
        point.set("name", text("Сынақ УПП", "Тестовый УПП", "Test point"));
        point.put("settlementType", "URBAN");
        assertProblem(403, post("/district/points", INSPECTOR, point));
        Resp created = post("/district/points", HEAD, point);
        assertStatus(201, created);
        long pointId = created.json().path("nodeId").asLong();
        assertEquals("\"0\"", created.header("ETag").orElseThrow());

        for (int i = 1; i <= 7; i++) {
            Resp r = post("/district/precincts", HEAD, precinct(pointId, "DEMO-CITY-P-IT" + i, "URBAN", "Ақжар",
                    "Сынақ көшесі " + i));
            assertStatus(201, r);
            assertEquals(pointId, r.json().path("pointId").asLong());
        }
        // BR-06 (L329-331): the 8th is refused, naming the point, and nothing is created
        JsonNode p = assertProblem(422, post("/district/precincts", HEAD, precinct(pointId, "DEMO-CITY-P-IT8",
                "URBAN", "Ақжар", "Сынақ көшесі 8")));
        assertTrue(p.toString(), namesField(p, "pointId"));
        JsonNode en = assertProblem(422, post("/district/precincts", HEAD, precinct(pointId, "DEMO-CITY-P-IT8",
                "URBAN", "Ақжар", "Сынақ көшесі 8"), "Accept-Language", "en"));
        assertTrue(en.toString(), en.toString().contains("BR-06"));
        assertEquals(7, get("/district/precincts?pointId=" + pointId, HEAD).json().path("total").asLong());
        assertEquals(7, get("/district/points/" + pointId, HEAD).json().path("precinctIds").size());

        // BR-07 (L330-331): one point per rural settlement
        long ruralUnit = node("DEMO-RURAL-DISTRICT");
        point.put("unitId", ruralUnit);
        point.put("code", "DEMO-RURAL-UPP-IT");
        point.put("settlementType", "RURAL");
        assertProblem(403, post("/district/points", HEAD, point)); // outside the city head's scope
        Resp rural = post("/district/points", ADMIN, point);
        assertStatus(201, rural);
        long ruralPoint = rural.json().path("nodeId").asLong();
        p = assertProblem(422, post("/district/precincts", ADMIN, precinct(ruralPoint, "DEMO-RURAL-P-IT1", "RURAL",
                "Көктерек", null)));
        assertTrue("Көктерек has its point already: " + p, namesField(p, "pointId"));
        p = assertProblem(422, post("/district/precincts", ADMIN, precinct(ruralPoint, "DEMO-RURAL-P-IT1", "RURAL",
                null, null)));
        assertTrue("a rural precinct names its settlement: " + p, namesField(p, "territory"));
        ObjectNode withNull = precinct(ruralPoint, "DEMO-RURAL-P-IT1", "RURAL", null, null);
        withNull.withArray("territory").addNull();
        p = assertProblem(422, post("/district/precincts", ADMIN, withNull));
        assertTrue("a null territory entry is refused, not a 500: " + p, namesField(p, "territory[0]"));
        p = assertProblem(422, post("/district/precincts", ADMIN, precinct(ruralPoint, "DEMO-RURAL-P-IT1", "URBAN",
                "Жаңаауыл", null)));
        assertTrue(p.toString(), namesField(p, "settlementType"));
        assertStatus(201, post("/district/precincts", ADMIN, precinct(ruralPoint, "DEMO-RURAL-P-IT1", "RURAL",
                "Жаңаауыл", null)));
    }

    @Test
    public void t03HandoverWithAWitnessWritesThePassportAndAssignsTheInspector() {
        long p1 = node("DEMO-CITY-P-001");
        long me = officerOf("district", "district.inspector").path("id").asLong();
        long previous = get("/district/precincts/" + p1, INSPECTOR).json().path("inspectorId").asLong();
        assertNotEquals(me, previous);
        LocalDate orderDate = LocalDate.now(ALMATY).minusDays(5);

        ObjectNode h = JSON.createObjectNode();
        h.put("witnessName", "Жұмабаев Серік, ЖПҚ бастығы");
        h.set("appointmentOrder", order("77-ж", orderDate));
        h.put("familiarisation", "Учаске шекаралары, ерекшеліктері және жедел жағдайы");
        h.put("officialsIntroduced", "№1 ауданның әкімі, №5 мектеп директоры");
        // BR-13: the deputy head of the body or the ЖПҚ head must be present
        JsonNode p = assertProblem(422, post("/district/precincts/" + p1 + "/handovers", INSPECTOR, h));
        assertTrue(p.toString(), namesField(p, "witnessRole"));
        ObjectNode bad = h.deepCopy();
        bad.put("witnessRole", "NEIGHBOUR");
        p = assertProblem(400, post("/district/precincts/" + p1 + "/handovers", INSPECTOR, bad));
        assertTrue("an unknown role is named: " + p, namesField(p, "witnessRole"));
        assertEquals(0, get("/district/precincts/" + p1 + "/handovers", INSPECTOR).json().path("total").asLong());
        assertEquals(0, get("/district/precincts/" + p1 + "/passport", INSPECTOR).json().path("sections").size());

        h.put("witnessRole", "LPS_HEAD");
        // an inspector the head has not assigned to the precinct does not make themselves its inspector by a
        // handover naming themselves (the assignment is the head's, L323-326): 403, audited, nothing written
        assertProblem(403, post("/district/precincts/" + p1 + "/handovers", INSPECTOR, h));
        awaitDenied("district.inspector", "district.handover");
        assertEquals(previous, get("/district/precincts/" + p1, INSPECTOR).json().path("inspectorId").asLong());
        assertEquals(0, get("/district/precincts/" + p1 + "/handovers", INSPECTOR).json().path("total").asLong());
        // an inspector takes over for themselves only
        ObjectNode forOther = h.deepCopy();
        forOther.put("incomingOfficerId", previous);
        assertProblem(403, post("/district/precincts/" + p1 + "/handovers", INSPECTOR, forOther));
        // the head records it for the incoming inspector; without the assignment order (and none recorded) refused
        h.put("incomingOfficerId", me);
        ObjectNode noOrder = h.deepCopy();
        noOrder.remove("appointmentOrder");
        p = assertProblem(422, post("/district/precincts/" + p1 + "/handovers", HEAD, noOrder));
        assertTrue(p.toString(), namesField(p, "appointmentOrder"));

        Resp done = post("/district/precincts/" + p1 + "/handovers", HEAD, h);
        assertStatus(201, done);
        JsonNode handover = done.json();
        assertEquals(me, handover.path("incomingOfficerId").asLong());
        assertEquals(previous, handover.path("outgoingOfficerId").asLong());
        assertEquals("LPS_HEAD", handover.path("witnessRole").asText());
        assertEquals(LocalDate.now(ALMATY).toString(), handover.path("handedOverOn").asText());
        long entryId = handover.path("passportEntryId").asLong();
        assertTrue(entryId > 0);
        String location = done.header("Location").orElseThrow();
        assertStatus(200, get(URI.create(location).getPath().replaceFirst("^/api/v1", ""), INSPECTOR));

        // the passport's handover log has the entry
        JsonNode sections = get("/district/precincts/" + p1 + "/passport", INSPECTOR).json().path("sections");
        assertEquals(1, sections.size());
        JsonNode entry = sections.get(0);
        assertEquals("HANDOVER", entry.path("section").asText());
        assertEquals(1, entry.path("version").asInt());
        assertEquals(entryId, entry.path("id").asLong());
        assertEquals(handover.path("id").asLong(), entry.path("handoverId").asLong());
        assertTrue(entry.toString(), entry.path("content").asText().contains("Жұмабаев Серік"));
        assertTrue(entry.toString(), entry.path("content").asText().contains("77-ж"));

        // and the precinct has its inspector, by the order
        JsonNode precinct = get("/district/precincts/" + p1, HEAD).json();
        assertEquals(me, precinct.path("inspectorId").asLong());
        assertTrue(precinct.path("assignedByOrder").asBoolean());
        assertEquals("77-ж", precinct.path("assignmentOrder").path("number").asText());
        assertEquals("the handover kept the head's neighbours", List.of(node("DEMO-CITY-P-002")),
                longs(precinct.path("adjacentPrecinctIds")));
        assertEquals(1, get("/district/precincts/" + p1 + "/handovers", HEAD).json().path("total").asLong());
    }

    @Test
    public void t04ThePassportKeepsItsVersions() {
        long p1 = node("DEMO-CITY-P-001");
        String path = "/district/precincts/" + p1 + "/passport/SOCIO_ECONOMIC";
        assertProblem(428, put(path, INSPECTOR, Map.of("content", "Кәсіпорындар: 3")));
        Resp v1 = put(path, INSPECTOR, Map.of("content", "Кәсіпорындар: 3, мектептер: 2"), "If-Match", "\"0\"");
        assertStatus(200, v1);
        assertEquals("\"1\"", v1.header("ETag").orElseThrow());
        Resp v2 = put(path, INSPECTOR, Map.of("content", "Кәсіпорындар: 4, мектептер: 2"), "If-Match", "\"1\"");
        assertStatus(200, v2);
        assertEquals(2, v2.json().path("version").asInt());
        assertProblem(412, put(path, INSPECTOR, Map.of("content", "ескі нұсқа"), "If-Match", "\"1\""));
        JsonNode p = assertProblem(422, put(path, INSPECTOR, Map.of("content", " "), "If-Match", "\"2\""));
        assertTrue(namesField(p, "content"));
        p = assertProblem(422, put("/district/precincts/" + p1 + "/passport/HANDOVER", INSPECTOR,
                Map.of("content", "қолдан"), "If-Match", "\"1\""));
        assertTrue(p.toString(), namesField(p, "section"));
        p = assertProblem(422, put("/district/precincts/" + p1 + "/passport/NOPE", INSPECTOR,
                Map.of("content", "x"), "If-Match", "\"0\""));
        assertTrue(p.toString(), namesField(p, "section"));
        // a head may write it too
        assertStatus(200, put("/district/precincts/" + p1 + "/passport/LAW_AND_ORDER", HEAD,
                Map.of("content", "Тіркелген құқық бұзушылықтар: 12"), "If-Match", "\"0\""));
        // the passport of a precinct that is not theirs is not the inspector's to write
        assertProblem(403, put("/district/precincts/" + node("DEMO-CITY-P-003") + "/passport/DEMOGRAPHIC",
                INSPECTOR, Map.of("content", "x"), "If-Match", "\"0\""));

        Map<String, JsonNode> current = new HashMap<>();
        get("/district/precincts/" + p1 + "/passport", INSPECTOR).json().path("sections")
                .forEach(s -> current.put(s.path("section").asText(), s));
        assertEquals(current.keySet().toString(), 3, current.size());
        assertEquals(2, current.get("SOCIO_ECONOMIC").path("version").asInt());
        assertEquals("Кәсіпорындар: 4, мектептер: 2", current.get("SOCIO_ECONOMIC").path("content").asText());

        JsonNode history = get("/district/precincts/" + p1 + "/passport/history?section=SOCIO_ECONOMIC",
                INSPECTOR).json();
        assertEquals(2, history.path("total").asLong());
        assertEquals(2, history.path("items").get(0).path("version").asInt());
        assertEquals("Кәсіпорындар: 3, мектептер: 2", history.path("items").get(1).path("content").asText());
        assertEquals(4, get("/district/precincts/" + p1 + "/passport/history", HEAD).json().path("total").asLong());
    }

    @Test
    public void t05ComplianceWarningsFromTheDemoResidentsFollowTheRegionsNorm() {
        long city = districtBodyId("DEMO-CITY");
        long region = get("/org-units?kind=REGION", ADMIN).json().path("items").get(0).path("id").asLong();
        Resp r = get("/district/compliance?departmentId=" + city, HEAD);
        assertStatus(200, r);
        JsonNode c = r.json();
        List<JsonNode> precincts = items("/district/precincts?departmentId=" + city + "&limit=500", HEAD);
        List<JsonNode> points = items("/district/points?departmentId=" + city + "&limit=500", HEAD);
        assertEquals(precincts.size(), c.path("precincts").asInt());
        assertEquals(points.size(), c.path("points").asInt());
        // the demo city: every urban precinct has 1500-3000 residents and its own inspector: no BR-01 warning
        assertEquals(0, count(c, "RESIDENTS_PER_INSPECTOR_CITY"));
        assertEquals("every point without premises recorded", points.size(), count(c, "PREMISES_NOT_RECORDED"));
        assertEquals("the seven test precincts are vacant", 7, count(c, "NO_INSPECTOR"));
        assertTrue(c.toString(), norm(c, CITY_NORM).path("value").asInt() == 3000);

        // the head sets the first point's staff and head; the inspector heading it has the 1000-residents norm
        long upp1 = node("DEMO-CITY-UPP-01");
        long me = officerOf("district", "district.inspector").path("id").asLong();
        ObjectNode staff = JSON.createObjectNode();
        staff.put("staffNumber", 5);
        staff.set("staffOrder", order("90-ж", LocalDate.now(ALMATY).minusDays(2)));
        staff.put("headOfficerId", me);
        assertProblem(403, put("/district/points/" + upp1, INSPECTOR, staff, "If-Match", "\"0\""));
        Resp set = put("/district/points/" + upp1, HEAD, staff, "If-Match", "\"0\"");
        assertStatus(200, set);
        ObjectNode premises = JSON.createObjectNode();
        premises.put("officeArea", 20);
        ObjectNode rooms = premises.putObject("rooms");
        rooms.put("workOffices", true);
        rooms.put("receptionRoom", true);
        rooms.put("deliveredPersonsRoom", true);
        rooms.put("restRoom", false);
        rooms.put("sanitaryUnit", true);
        premises.put("buildingType", "RESIDENTIAL");
        premises.put("separateEntrance", false);
        premises.put("centralLocation", true);
        premises.put("vehicles", 0);
        premises.put("receptionPhone", "+7 7172 55-01-01");
        premises.put("dutyPhone", "102");
        ObjectNode badPhone = premises.deepCopy();
        badPhone.put("dutyPhone", "call us");
        JsonNode p = assertProblem(422, put("/district/points/" + upp1 + "/premises", INSPECTOR, badPhone,
                "If-Match", set.header("ETag").orElseThrow()));
        assertTrue(p.toString(), namesField(p, "dutyPhone"));
        // the inspector heading the point records its premises
        Resp recorded = put("/district/points/" + upp1 + "/premises", INSPECTOR, premises, "If-Match",
                set.header("ETag").orElseThrow());
        assertStatus(200, recorded);
        assertEquals(20, recorded.json().path("premises").path("officeArea").asInt());
        assertProblem(403, put("/district/points/" + node("DEMO-CITY-UPP-02") + "/premises", INSPECTOR, premises,
                "If-Match", "\"0\""));

        c = get("/district/compliance?departmentId=" + city, HEAD).json();
        List<String> upp1Rules = rules(c, upp1);
        for (String rule : List.of("VEHICLES_PER_POINT", "OFFICE_AREA", "ROOMS", "SEPARATE_ENTRANCE")) {
            assertTrue(rule + " in " + upp1Rules, upp1Rules.contains(rule));
        }
        assertFalse(upp1Rules.contains("PREMISES_NOT_RECORDED"));
        JsonNode area = warning(c, upp1, "OFFICE_AREA");
        assertEquals("7.5 m² × 5 officers", 37.5, area.path("limit").asDouble(), 0.001);
        assertEquals("BR-08", area.path("ruleId").asText());
        JsonNode head = warning(c, node("DEMO-CITY-P-001"), "RESIDENTS_PER_POINT_HEAD_CITY");
        assertEquals(me, head.path("officerId").asLong());
        assertEquals(1000, head.path("limit").asInt());
        assertTrue(head.path("actual").asInt() > 1000);

        // a region's override of the city norm: the precincts above 2000 residents now warn
        ObjectNode override = JSON.createObjectNode();
        override.put("value", 2000);
        override.put("reason", "DistrictPrecinctsIT");
        assertStatus(200, put("/norms/" + CITY_NORM + "/overrides/" + region, ADMIN, override));
        try {
            long expected = precincts.stream().filter(x -> "URBAN".equals(x.path("settlementType").asText())
                    && x.path("inspectorId").isNumber() && x.path("residentCount").asInt() > 2000
                    && x.path("nodeId").asLong() != node("DEMO-CITY-P-001")).count();
            assertTrue("the demo city has precincts above 2000 residents", expected > 0);
            JsonNode after = get("/district/compliance?departmentId=" + city, HEAD).json();
            assertEquals(after.toString(), expected, count(after, "RESIDENTS_PER_INSPECTOR_CITY"));
            assertEquals(2000, norm(after, CITY_NORM).path("value").asInt());
            assertTrue(norm(after, CITY_NORM).path("overridden").asBoolean());
        } finally {
            assertStatus(204, http("DELETE", "/norms/" + CITY_NORM + "/overrides/" + region, ADMIN, null));
        }
        assertEquals(0, count(get("/district/compliance?departmentId=" + city, HEAD).json(),
                "RESIDENTS_PER_INSPECTOR_CITY"));
        assertProblem(403, get("/district/compliance?departmentId=" + districtBodyId("DEMO-RURAL"), HEAD));
        assertProblem(422, get("/district/compliance?departmentId=abc", HEAD));
    }

    @Test
    public void t06TheComplianceReportRunsAndRenders() {
        long city = districtBodyId("DEMO-CITY");
        await("report listed", 30_000, () -> get("/reports", HEAD).body().contains(REPORT));
        ObjectNode withPeriod = JSON.createObjectNode();
        withPeriod.put("period", "2026-Q3");
        JsonNode p = assertProblem(422, post("/reports/" + REPORT + "/runs", HEAD, withPeriod));
        assertTrue("the report takes no period: " + p, namesField(p, "period"));

        ObjectNode body = JSON.createObjectNode();
        body.put("departmentId", city);
        Resp started = post("/reports/" + REPORT + "/runs", HEAD, body);
        assertStatus(202, started);
        String run = URI.create(started.header("Location").orElseThrow()).getPath().replaceFirst("^/api/v1", "");
        JsonNode done = await("run finished", 60_000, () -> {
            JsonNode s = get(run, HEAD).json();
            return List.of("DONE", "FAILED", "CANCELLED").contains(s.path("state").asText()) ? s : null;
        });
        assertEquals("run: " + done, "DONE", done.path("state").asText());

        JsonNode result = get(run + "/result?format=json&lang=en", HEAD).json();
        List<String> codes = new ArrayList<>();
        result.path("rows").forEach(row -> codes.add(row.path("code").asText()));
        assertTrue(codes.toString(), codes.contains("DEMO-CITY-UPP-01") && codes.contains("DEMO-CITY-P-001"));
        assertFalse("the head's department only: " + codes, codes.contains("DEMO-RURAL-P-001"));
        assertEquals("BAR", result.path("chart").path("kind").asText());
        long warnings = get("/district/compliance?departmentId=" + city, HEAD).json().path("warnings").size();
        assertEquals(warnings, result.path("totals").path("warnings").asLong());

        Resp csv = get(run + "/result?format=csv", HEAD);
        assertStatus(200, csv);
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().startsWith("\uFEFF") && csv.body().contains("DEMO-CITY-UPP-01"));
        assertTrue(csv.header("Content-Disposition").orElse(""),
                csv.header("Content-Disposition").orElse("").contains(REPORT + ".csv"));
        Resp pdf = get(run + "/result?format=pdf&lang=ru", HEAD);
        assertStatus(200, pdf);
        assertTrue(pdf.body().startsWith("%PDF"));
    }

    @Test
    public void t07ShellListsThePrecinctsInScope() throws Exception {
        String out = shell(sessionFactory, "district.head", "district:precincts --lang en", "district-head");
        assertTrue(out, out.contains("DEMO-CITY-P-001"));
        assertTrue(out, out.contains("DEMO-CITY-UPP-01"));
        assertTrue(out, out.contains("urban"));
        assertFalse("the rural district is outside the head's scope: " + out, out.contains("DEMO-RURAL-P-001"));
        assertTrue(out, out.contains("Демоұлы"));
        String all = shell(sessionFactory, "admin", "district:precincts --limit 500");
        assertTrue(all, all.contains("DEMO-RURAL-P-001"));
        assertTrue(all, all.contains("ауылдық"));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static final Map<String, Long> NODES = new HashMap<>();

    /** The id of the organisation node with this code. */
    private static long node(String code) {
        return NODES.computeIfAbsent(code, c -> {
            for (String kind : List.of("PRECINCT", "POLICE_POINT", "UNIT")) {
                for (JsonNode n : get("/org-units?kind=" + kind + "&limit=500", ADMIN).json().path("items")) {
                    if (c.equals(n.path("code").asText())) {
                        return n.path("id").asLong();
                    }
                }
            }
            throw new AssertionError("no node " + c);
        });
    }

    private static ObjectNode order(String number, LocalDate date) {
        ObjectNode o = JSON.createObjectNode();
        o.put("number", number);
        o.put("date", date.toString());
        return o;
    }

    private static ObjectNode text(String kk, String ru, String en) {
        ObjectNode t = JSON.createObjectNode();
        t.put("kk", kk);
        t.put("ru", ru);
        t.put("en", en);
        return t;
    }

    private static ObjectNode precinct(long pointId, String code, String type, String settlement, String street) {
        ObjectNode p = JSON.createObjectNode();
        p.put("pointId", pointId);
        p.put("code", code);
        p.set("name", text("Сынақ учаскесі " + code, "Тестовый участок " + code, "Test precinct " + code));
        p.put("settlementType", type);
        p.put("residentCount", 100);
        ArrayNode territory = p.putArray("territory");
        if (settlement != null) {
            ObjectNode t = territory.addObject();
            t.put("settlement", settlement);
            if (street != null) {
                t.put("street", street);
            }
        }
        return p;
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asLong()));
        return out;
    }

    private static List<JsonNode> items(String path, String auth) {
        Resp r = get(path, auth);
        assertStatus(200, r);
        List<JsonNode> out = new ArrayList<>();
        r.json().path("items").forEach(out::add);
        return out;
    }

    private static long count(JsonNode compliance, String rule) {
        long n = 0;
        for (JsonNode w : compliance.path("warnings")) {
            n += rule.equals(w.path("rule").asText()) ? 1 : 0;
        }
        return n;
    }

    private static List<String> rules(JsonNode compliance, long nodeId) {
        List<String> out = new ArrayList<>();
        for (JsonNode w : compliance.path("warnings")) {
            if (w.path("nodeId").asLong() == nodeId) {
                out.add(w.path("rule").asText());
            }
        }
        return out;
    }

    private static JsonNode warning(JsonNode compliance, long nodeId, String rule) {
        for (JsonNode w : compliance.path("warnings")) {
            if (w.path("nodeId").asLong() == nodeId && rule.equals(w.path("rule").asText())) {
                return w;
            }
        }
        throw new AssertionError("no " + rule + " for node " + nodeId + " in " + compliance);
    }

    private static JsonNode norm(JsonNode compliance, String key) {
        for (JsonNode n : compliance.path("norms")) {
            if (key.equals(n.path("key").asText())) {
                return n;
            }
        }
        throw new AssertionError("no norm " + key + " in " + compliance);
    }

    private static void awaitDenied(String user, String subjectType) {
        await("DENIED audit row of " + user, 10_000, () -> {
            for (JsonNode row : get("/audit?user=" + user + "&subjectType=" + subjectType + "&limit=50", ADMIN).json()
                    .path("items")) {
                if ("DENIED".equals(row.path("outcome").asText())) {
                    return true;
                }
            }
            return false;
        });
    }
}
