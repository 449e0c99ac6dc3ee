package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
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
 * The juvenile-affairs inspectors unit installed on the core from the distribution's own features: it announces
 * itself with its four roles, ships its norms (each with its act and textbook lines, or marked configurable), the
 * two need-to-know preventive registers (minors, 7 categories of L1346-1371; parents, 1 category of L1373-1377) and
 * its application kind. A district-only user learns nothing of a minor's registration (403, audited); uninstalling
 * the unit leaves the core and the district unit serving and keeps every row.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class JuvenileUnitIT extends LpsTestSupport {

    private static final String FEATURE = "lps-unit-juvenile";
    private static final String MINORS = "juvenile.preventive-minors";
    private static final String PARENTS = "juvenile.preventive-parents";
    private static final String DISTRICT_INSPECTOR = "district.inspector:demo";

    @Inject
    FeaturesService featuresService;

    @Configuration
    public Option[] config() {
        return lpsDistribution();
    }

    @Before
    public void ready() throws Exception {
        awaitReady();
        installJuvenileUnit(featuresService);
        await("the juvenile unit listed", 30_000, () -> unit("juvenile") != null);
    }

    @Test
    public void t01AnnouncesItselfWithItsRoles() {
        JsonNode unit = unit("juvenile");
        List<String> roles = texts(unit.path("roles"));
        List<String> expected = List.of("juvenile-inspector", "juvenile-school-inspector", "juvenile-head",
                "juvenile-viewer");
        assertEquals("the four roles: " + roles, 4, roles.size());
        for (String role : expected) {
            assertTrue(role + " in " + roles, roles.contains(role));
        }
        assertEquals("/api/v1/juvenile", unit.path("restBasePath").asText());
    }

    @Test
    public void t02NormsCarryTheirActOrAreConfigurable() {
        Resp r = get("/norms?unit=juvenile", ADMIN);
        assertStatus(200, r);
        assertTrue("the norms of ch. 2 §3.2: " + r.json().size(), r.json().size() >= 30);
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode n : r.json()) {
            assertTrue("key " + n, n.path("key").asText().startsWith("juvenile."));
            boolean configurable = "CONFIGURABLE".equals(n.path("binding").asText());
            assertTrue("act or configurable: " + n, configurable || !n.path("actCode").asText().isEmpty());
            assertTrue("textbook lines or configurable: " + n, configurable || !n.path("lines").asText().isEmpty());
            byKey.put(n.path("key").asText(), n);
        }
        // the chapter's figures the issue names
        assertNorm(byKey, "juvenile.cover.absence-threshold", 30, "WORKING_DAYS", "mia-order-1098-2015");
        assertNorm(byKey, "juvenile.work-statement.due-day", 1, "DAY_OF_MONTH", "mia-order-1098-2015");
        assertNorm(byKey, "juvenile.delivery.residence-notice-deadline", 3, "WORKING_DAYS", "mia-order-1098-2015");
        assertNorm(byKey, "juvenile.inbound.pre-release-notice", 20, "CALENDAR_DAYS", "mia-order-1098-2015");
        assertNorm(byKey, "juvenile.school-inspector.adjacent-precinct.max-students", 1000, "COUNT",
                "mia-order-1098-2015");
        assertNorm(byKey, "juvenile.school-inspector.adjacent-precinct.max-resident-minors", 1000, "RESIDENTS",
                "mia-order-1098-2015");
        JsonNode age = assertNorm(byKey, "juvenile.adaptation-centre.age", 3, "YEARS", "mia-order-1098-2015");
        assertEquals("RANGE", age.path("limit").asText());
        assertEquals(18, age.path("valueMax").asInt());
        // where the text is silent the value is configurable, not a legal norm
        assertEquals("CONFIGURABLE", byKey.get("juvenile.preventive.check-periodicity").path("binding").asText());
        Resp acts = get("/acts?unit=juvenile", ADMIN);
        assertStatus(200, acts);
        assertFalse("the acts the norms cite", acts.json().isEmpty());
    }

    @Test
    public void t03RestrictedRegistersOfMinorsAndParents() {
        for (Object[] reg : new Object[][] {{MINORS, 7L}, {PARENTS, 1L}}) {
            Resp r = get("/registers/" + reg[0], ADMIN);
            assertStatus(200, r);
            assertTrue("need-to-know: " + r.json(), r.json().path("restricted").asBoolean());
            long placement = 0;
            long removal = 0;
            for (JsonNode g : r.json().path("grounds")) {
                if ("PLACEMENT".equals(g.path("kind").asText())) {
                    placement++;
                    assertFalse("a category with its lines: " + g, g.path("lines").asText().isEmpty());
                } else {
                    removal++;
                    assertTrue("removal grounds are configurable data: " + g, g.path("configurable").asBoolean());
                }
            }
            assertEquals("the categories of " + reg[0] + ": " + r.json(), reg[1], placement);
            assertTrue("removal grounds of " + reg[0], removal > 0);
        }
        Resp kinds = get("/application-kinds?unit=juvenile", ADMIN);
        assertStatus(200, kinds);
        assertFalse("kinds claimed by the unit", kinds.json().isEmpty());
        Resp mine = get("/juvenile/registers", ADMIN);
        assertStatus(200, mine);
        assertEquals("the unit's two registers: " + mine.json(), 2, mine.json().size());
    }

    @Test
    public void t04ADistrictOnlyUserLearnsNothingOfAMinorsRegistration() throws Exception {
        installDistrictUnit(featuresService);
        await("demo officers of the district unit", 60_000, () -> officerOf("district", "district.inspector") != null);
        long personId = newMinor(LocalDate.of(2011, 5, 17));
        long id = placeMinor(personId);

        assertProblem(403, get("/registrations/" + id, DISTRICT_INSPECTOR));
        assertEquals("not even listed", 0, get("/registrations?personId=" + personId, DISTRICT_INSPECTOR).json()
                .path("total").asLong());
        assertProblem(403, get("/juvenile/registers", DISTRICT_INSPECTOR));
        // nor may a district inspector place a minor on the juvenile register
        assertProblem(403, post("/registrations", DISTRICT_INSPECTOR, registration(personId)));
        await("DENIED audit row for the district inspector's read", 10_000, () -> {
            for (JsonNode row : get("/audit?user=district.inspector&subjectType=registration&subjectId=" + id,
                    ADMIN).json().path("items")) {
                if ("DENIED".equals(row.path("outcome").asText())) {
                    return true;
                }
            }
            return false;
        });
        assertStatus(200, get("/registrations/" + id, ADMIN));

        // the person card: the district inspector learns only that the juvenile unit holds a record
        JsonNode other = juvenileSection(get("/persons/" + personId + "/card", DISTRICT_INSPECTOR));
        assertTrue("a restricted section: " + other, other.path("restricted").asBoolean());
        assertTrue("no content: " + other, other.path("data").isNull() || other.path("data").isMissingNode());
        JsonNode full = juvenileSection(get("/persons/" + personId + "/card", ADMIN));
        assertFalse(full.path("restricted").asBoolean());
        assertEquals(id, full.path("data").path("registrations").path(0).path("id").asLong());
        // a person without a juvenile record has no juvenile section at all
        long adult = createPerson(personJson(newIin(LocalDate.of(1980, 3, 3), Sex.MALE), districtBodyId("DEMO-CITY")))
                .json().path("id").asLong();
        assertTrue(juvenileSection(get("/persons/" + adult + "/card", DISTRICT_INSPECTOR)).isMissingNode());
    }

    private static JsonNode juvenileSection(Resp card) {
        return section(card, "juvenile");
    }

    @Test
    public void t05UninstallLeavesCoreAndDistrictServingAndKeepsTheRows() throws Exception {
        installDistrictUnit(featuresService);
        long personId = newMinor(LocalDate.of(2010, 9, 2));
        long id = placeMinor(personId);
        String before = ((ObjectNode) get("/registrations/" + id, ADMIN).json()).without("checks").toString();

        featuresService.uninstallFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        try {
            await("the juvenile unit gone", 30_000, () -> unit("juvenile") == null);
            assertEquals(0, get("/norms?unit=juvenile", ADMIN).json().size());
            assertProblem(404, get("/registers/" + MINORS, ADMIN));
            assertStatus(200, get("/persons/" + personId, ADMIN));
            assertNotNull("the district unit serves on", unit("district"));
            assertStatus(200, get("/registers/district.preventive", ADMIN));
            assertStatus(200, get("/district/notebook?officer=me", DISTRICT_INSPECTOR));
        } finally {
            featuresService.installFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        }
        await("the juvenile unit back", 30_000, () -> unit("juvenile") != null);
        Resp back = await("the registration readable again", 30_000, () -> {
            Resp r = get("/registrations/" + id, ADMIN);
            return r.status() == 200 ? r : null;
        });
        assertEquals("the stored registration is unchanged", before,
                ((ObjectNode) back.json()).without("checks").toString());
        await("the juvenile endpoint back", 30_000, () -> get("/juvenile/registers", ADMIN).status() == 200);
    }

    @Test
    public void t06BothUnitsSideBySideAndUninstallingTheDistrictKeepsTheJuvenileServing() throws Exception {
        installDistrictUnit(featuresService);
        long personId = newMinor(LocalDate.of(2009, 4, 11));
        long juvenileId = placeMinor(personId);
        ObjectNode onDistrict = JSON.createObjectNode();
        onDistrict.put("registerId", "district.preventive");
        onDistrict.put("personId", personId);
        onDistrict.put("groundCode", "district.preventive.protective-order");
        onDistrict.put("basisDocument", "Қорғау нұсқамасы № 3, 2026 ж. 2 ақпан");
        onDistrict.put("departmentId", districtBodyId("DEMO-CITY"));
        Resp placed = post("/registrations", ADMIN, onDistrict);
        assertStatus(201, placed);
        long districtId = placed.json().path("id").asLong();

        // one person registered by both units: both sections on the card, each with its own registration
        Resp card = get("/persons/" + personId + "/card", ADMIN);
        assertEquals(juvenileId, section(card, "juvenile").path("data").path("registrations").path(0).path("id")
                .asLong());
        assertEquals(districtId, section(card, "district").path("data").path("registrations").path(0).path("id")
                .asLong());

        // a record in the juvenile unit's own schema
        ObjectNode school = JSON.createObjectNode();
        school.put("departmentId", districtBodyId("DEMO-CITY"));
        school.put("name", "№ 12 жалпы білім беретін мектеп");
        school.put("shiftMode", "SINGLE");
        school.put("studentCount", 840);
        Resp created = post("/juvenile/schools", ADMIN, school);
        assertStatus(201, created);
        long schoolId = created.json().path("id").asLong();
        String schoolBefore = get("/juvenile/schools/" + schoolId, ADMIN).json().toString();
        String districtBefore = ((ObjectNode) get("/registrations/" + districtId, ADMIN).json()).without("checks")
                .toString();

        featuresService.uninstallFeature(DISTRICT_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        try {
            await("the district unit gone", 30_000, () -> unit("district") == null);
            assertNotNull("the juvenile unit serves on", unit("juvenile"));
            assertEquals(schoolBefore, get("/juvenile/schools/" + schoolId, ADMIN).json().toString());
            assertStatus(200, get("/registrations/" + juvenileId, ADMIN));
            Resp without = get("/persons/" + personId + "/card", ADMIN);
            assertFalse("the juvenile section stays", section(without, "juvenile").isMissingNode());
            assertTrue("no district section while it is gone", section(without, "district").isMissingNode());
        } finally {
            featuresService.installFeature(DISTRICT_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        }
        await("the district unit back", 60_000, () -> unit("district") != null);
        Resp back = await("the district registration readable again", 30_000, () -> {
            Resp r = get("/registrations/" + districtId, ADMIN);
            return r.status() == 200 ? r : null;
        });
        assertEquals("the district's row is unchanged", districtBefore,
                ((ObjectNode) back.json()).without("checks").toString());
        await("both sections again", 30_000, () -> {
            Resp again = get("/persons/" + personId + "/card", ADMIN);
            return !section(again, "district").isMissingNode() && !section(again, "juvenile").isMissingNode();
        });
    }

    @Test
    public void t07EveryAreasDemoPartIsLoaded() {
        // demo data is written through the unit's own services: a part that breaks a rule fails here, not silently
        Resp demo = get("/juvenile/demo", ADMIN);
        assertStatus(200, demo);
        assertTrue(demo.json().path("done").asBoolean());
        assertEquals(List.of("deliveries", "organisation", "planning", "prevention", "school-prevention"),
                texts(demo.json().path("loaded")));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static JsonNode section(Resp card, String unitId) {
        assertStatus(200, card);
        for (JsonNode s : card.json().path("sections")) {
            if (unitId.equals(s.path("unitId").asText())) {
                return s;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static JsonNode assertNorm(Map<String, JsonNode> byKey, String key, int value, String unit, String act) {
        JsonNode n = byKey.get(key);
        assertNotNull(key + " shipped", n);
        assertEquals(key, value, n.path("value").asInt());
        assertEquals(key, unit, n.path("unit").asText());
        assertEquals(key, act, n.path("actCode").asText());
        return n;
    }

    private static long newMinor(LocalDate birthDate) {
        String iin = newIin(birthDate, Sex.MALE);
        return createPerson(personJson(iin, districtBodyId("DEMO-CITY"))).json().path("id").asLong();
    }

    private static ObjectNode registration(long personId) {
        ObjectNode r = JSON.createObjectNode();
        r.put("registerId", MINORS);
        r.put("personId", personId);
        r.put("groundCode", MINORS + ".protective-order");
        r.put("basisDocument", "Қорғау нұсқамасы № 17, 2026 ж. 12 қаңтар");
        r.put("departmentId", districtBodyId("DEMO-CITY"));
        return r;
    }

    private static long placeMinor(long personId) {
        Resp r = post("/registrations", ADMIN, registration(personId));
        assertStatus(201, r);
        return r.json().path("id").asLong();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static JsonNode unit(String id) {
        Resp r = get("/units", ADMIN);
        if (r.status() != 200) {
            return null;
        }
        for (JsonNode u : r.json()) {
            if (id.equals(u.path("id").asText())) {
                return u;
            }
        }
        return null;
    }
}
