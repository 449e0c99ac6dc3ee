package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

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

/**
 * The district police inspectors unit installed alone on the core from the distribution's own features: it
 * announces itself with its roles, ships its norms (each with its act and textbook lines, or marked configurable),
 * its preventive register with the seven grounds of textbook L648-674 and its application kinds; uninstalling it
 * withdraws them and leaves the core serving.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class DistrictUnitIT extends LpsTestSupport {

    private static final String FEATURE = "lps-unit-district";

    @Inject
    FeaturesService featuresService;

    @Configuration
    public Option[] config() {
        return lpsDistribution();
    }

    @Before
    public void ready() throws Exception {
        awaitReady();
        installDistrictUnit(featuresService);
        await("the district unit listed", 30_000, () -> unit() != null);
    }

    @Test
    public void t01AnnouncesItselfWithItsRoles() {
        JsonNode unit = unit();
        List<String> roles = texts(unit.path("roles"));
        for (String role : List.of("district-inspector", "district-assistant", "district-head", "district-viewer")) {
            assertTrue(role + " in " + roles, roles.contains(role));
        }
        assertEquals("/api/v1/district", unit.path("restBasePath").asText());
    }

    @Test
    public void t02NormsCarryTheirActOrAreConfigurable() {
        Resp r = get("/norms?unit=district", ADMIN);
        assertStatus(200, r);
        assertTrue("the norms of ch. 1 §3.2: " + r.json().size(), r.json().size() >= 15);
        for (JsonNode n : r.json()) {
            assertTrue("key " + n, n.path("key").asText().startsWith("district."));
            boolean configurable = "CONFIGURABLE".equals(n.path("binding").asText());
            assertTrue("act or configurable: " + n, configurable || !n.path("actCode").asText().isEmpty());
            assertTrue("textbook lines or configurable: " + n, configurable || !n.path("lines").asText().isEmpty());
        }
        Resp acts = get("/acts?unit=district", ADMIN);
        assertStatus(200, acts);
        assertFalse("the acts the norms cite", acts.json().isEmpty());
    }

    @Test
    public void t03PreventiveRegisterWithTheSevenGrounds() {
        Resp r = get("/registers/district.preventive", ADMIN);
        assertStatus(200, r);
        long placement = 0;
        for (JsonNode g : r.json().path("grounds")) {
            if ("PLACEMENT".equals(g.path("kind").asText())) {
                placement++;
            }
        }
        assertEquals("the seven grounds of L648-674: " + r.json(), 7, placement);
        Resp restricted = get("/registers/district.destructive-movements", ADMIN);
        assertStatus(200, restricted);
        assertTrue("need-to-know: " + restricted.json(), restricted.json().path("restricted").asBoolean());
    }

    @Test
    public void t04ApplicationKinds() {
        Resp r = get("/application-kinds?unit=district", ADMIN);
        assertStatus(200, r);
        assertFalse("kinds claimed by the unit", r.json().isEmpty());
    }

    @Test
    public void t05UninstallWithdrawsItAndTheCoreServesOn() throws Exception {
        await("demo officers of the district unit", 60_000, () -> officerOf("district", "district.inspector") != null);
        Resp kept = post("/district/notebook", "district.inspector:demo", java.util.Map.of("assignment",
                "Учаскедегі дүкендерді тексеру", "issuedBy", "ЖПҚ бастығы", "deadline",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty")).plusDays(10).toString()));
        assertStatus(201, kept);
        featuresService.uninstallFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        try {
            await("the district unit gone", 30_000, () -> unit() == null);
            assertEquals(0, get("/norms?unit=district", ADMIN).json().size());
            assertStatus(404, get("/registers/district.preventive", ADMIN));
            assertStatus(200, get("/persons?limit=1", ADMIN));
        } finally {
            featuresService.installFeature(FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        }
        await("the district unit back", 30_000, () -> unit() != null);
        assertStatus(200, get("/registers/district.preventive", ADMIN));
        // the unit's own rows stayed: the same entry, same version, after the reinstall migrated nothing new
        Resp again = await("the district endpoint back", 30_000, () -> {
            Resp r = get("/district/notebook/" + kept.json().path("id").asLong(), "district.inspector:demo");
            return r.status() == 200 ? r : null;
        });
        assertEquals(kept.json(), again.json());
    }

    @Test
    public void t06RecurringObligationsOfEveryInspector() {
        // demo mode adds the officers of district.inspector and district.head when the unit appears
        await("demo officers of the district unit", 60_000, () -> officerOf("district", "district.inspector") != null
                && officerOf("district", "district.head") != null);
        Resp sweep = post("/tasks/sweep", ADMIN, java.util.Map.of());
        assertStatus(200, sweep);
        long officers = total("/officers?unit=district");
        assertTrue("district officers in the demo region", officers > 0);
        java.time.ZoneId almaty = java.time.ZoneId.of("Asia/Almaty");
        java.time.LocalDate today = java.time.LocalDate.now(almaty);
        java.time.LocalDate monthEnd = today.withDayOfMonth(today.lengthOfMonth());
        java.time.LocalDate quarterEnd = today.withMonth(((today.getMonthValue() - 1) / 3 + 1) * 3)
                .with(java.time.temporal.TemporalAdjusters.lastDayOfMonth());
        for (String[] kind : new String[][] {{"district.work-statement", monthEnd.toString()},
            {"district.public-report", quarterEnd.toString()}}) {
            Resp tasks = get("/tasks?kind=" + kind[0] + "&limit=500", ADMIN);
            assertStatus(200, tasks);
            assertEquals("one per officer: " + kind[0], officers, tasks.json().path("total").asLong());
            JsonNode first = tasks.json().path("items").path(0);
            assertEquals("due by the end of the period: " + first, kind[1], java.time.Instant.parse(
                    first.path("dueAt").asText()).atZone(almaty).toLocalDate().toString());
        }
        assertEquals("once per period", 0, post("/tasks/sweep", ADMIN, java.util.Map.of()).json().path("created")
                .asInt());
    }

    @Test
    public void t07WorkNotebookAssignmentsCarryADeadlineThatIsATask() {
        await("demo officers of the district unit", 60_000, () -> officerOf("district", "district.inspector") != null);
        String inspector = "district.inspector:demo";
        java.time.LocalDate deadline = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty")).plusDays(3);
        // BR-21: an entry without a deadline is refused, naming the field, and nothing is written
        long before = get("/district/notebook?officer=me", inspector).json().path("total").asLong();
        JsonNode p = assertProblem(422, post("/district/notebook", inspector, java.util.Map.of(
                "assignment", "Абай көшесі 12 үйдің тұрғындарын тексеру", "issuedBy", "ЖПҚ бастығы")));
        assertTrue(p.toString(), namesField(p, "deadline"));
        assertEquals(before, get("/district/notebook?officer=me", inspector).json().path("total").asLong());
        Resp added = post("/district/notebook", inspector, java.util.Map.of(
                "assignment", "Абай көшесі 12 үйдің тұрғындарын тексеру", "issuedBy", "ЖПҚ бастығы",
                "deadline", deadline.toString()));
        assertStatus(201, added);
        long id = added.json().path("id").asLong();
        long taskId = added.json().path("taskId").asLong();
        JsonNode task = get("/tasks/" + taskId, inspector).json();
        assertEquals("district.notebook-assignment", task.path("kind").asText());
        assertEquals("due by the end of the deadline day", deadline, java.time.Instant.parse(
                task.path("dueAt").asText()).atZone(java.time.ZoneId.of("Asia/Almaty")).toLocalDate());
        assertEquals(officerOf("district", "district.inspector").path("id").asLong(), task.path("assigneeId").asLong());
        assertStatus(428, post("/district/notebook/" + id + "/completion", inspector, java.util.Map.of()));
        Resp done = post("/district/notebook/" + id + "/completion", inspector, java.util.Map.of("note", "тексерілді"),
                "If-Match", added.header("ETag").orElseThrow());
        assertStatus(200, done);
        assertEquals("DONE", get("/tasks/" + taskId, inspector).json().path("status").asText());
        assertProblem(409, post("/district/notebook/" + id + "/completion", inspector, java.util.Map.of(),
                "If-Match", done.header("ETag").orElseThrow()));
        JsonNode en = assertProblem(409, post("/district/notebook/" + id + "/completion", inspector,
                java.util.Map.of(), "If-Match", done.header("ETag").orElseThrow(), "Accept-Language", "en"));
        assertEquals("the unit's own message", "The assignment is already marked done.",
                en.path("errors").path(0).path("message").asText());
    }

    @Test
    public void t08DemoRecordsOfEveryAreaAreIn() {
        JsonNode demo = get("/district/demo", ADMIN).json();
        List<String> loaded = texts(demo.path("loaded"));
        for (String part : List.of("notebook", "planning", "precincts", "prevention", "reception")) {
            assertTrue(part + " in " + demo, loaded.contains(part));
        }
        assertProblem(403, get("/district/demo", "district.inspector:demo"));
        // the rural demo: a cover order in force, premises recorded
        Resp covers = get("/district/covers?active=true&limit=50", ADMIN);
        assertStatus(200, covers);
        assertTrue("a demo cover order: " + covers.json(), covers.json().path("total").asLong() >= 1);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static JsonNode unit() {
        Resp r = get("/units", ADMIN);
        if (r.status() != 200) {
            return null;
        }
        for (JsonNode u : r.json()) {
            if ("district".equals(u.path("id").asText())) {
                return u;
            }
        }
        return null;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
