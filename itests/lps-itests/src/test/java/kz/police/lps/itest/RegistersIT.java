package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.police.lps.core.api.person.Sex;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.TaskSource;

/**
 * The preventive registers: registers and grounds shipped as data by the sample unit, placement, checks and removal
 * over REST, need-to-know and data scope, the card alerts, the planned-check task source, and registrations that
 * survive the unit's uninstall. Methods run in name order; each stands alone.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RegistersIT extends LpsTestSupport {

    static final String WATCH = "sample.watch";
    static final String CONFIDENTIAL = "sample.confidential";
    static final String OTHER = "itest.other:itest-secret-1";
    static final String RURAL = "itest.rural:itest-secret-2";

    @Inject
    protected SessionFactory sessionFactory;

    @Inject
    BundleContext bundleContext;

    @Inject
    FeaturesService featuresService;

    @Configuration
    public Option[] config() {
        return lpsDistribution();
    }

    @Before
    public void ready() throws Exception {
        awaitReady();
        installTestUnit(featuresService);
        await("sample registers listed", 60_000, () -> get("/registers?unit=sample", ADMIN).json().size() == 2);
        await("login sample.inspector/demo", 60_000, () -> get("/no-such-resource", SAMPLE_INSPECTOR).status() == 404);
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    public void t01RegistersAndGroundsAreTheUnitsData() {
        JsonNode list = get("/registers?unit=sample", ADMIN).json();
        assertEquals(CONFIDENTIAL, list.get(0).path("id").asText());
        assertEquals(WATCH, list.get(1).path("id").asText());
        assertTrue(list.get(0).path("restricted").asBoolean());

        Resp watch = get("/registers/" + WATCH, SAMPLE_INSPECTOR);
        assertStatus(200, watch);
        JsonNode w = watch.json();
        assertEquals("sample", w.path("unitId").asText());
        assertFalse(w.path("restricted").asBoolean());
        assertEquals("WARNING", w.path("alert").asText());
        assertEquals("sample-order-1-2026", w.path("actCode").asText());
        assertEquals("Sample watch register", w.path("name").path("en").asText());
        JsonNode grounds = w.path("grounds");
        assertEquals("grounds: " + grounds, 3, grounds.size());
        assertEquals("sample.watch.court-order", grounds.get(0).path("code").asText());
        assertEquals("PLACEMENT", grounds.get(0).path("kind").asText());
        assertEquals("L1-2", grounds.get(0).path("lines").asText());
        assertEquals("sample.watch.check-periodicity", grounds.get(0).path("checkNorm").asText());
        assertEquals("REMOVAL", grounds.get(2).path("kind").asText());
        assertTrue("removal grounds are configurable", grounds.get(2).path("configurable").asBoolean());

        assertProblem(404, get("/registers/sample.nothing", ADMIN));
        assertProblem(401, get("/registers", null));
        assertEquals(2, get("/enumerations/registration-status", ADMIN).json().size());
        assertEquals(2, get("/enumerations/register-ground-kind", ADMIN).json().size());
    }

    @Test
    public void t02PlaceCheckAndRemove() throws Exception {
        long personId = newPerson(LocalDate.of(1985, 4, 12), Sex.MALE);
        ObjectNode draft = registration(WATCH, personId, "sample.watch.court-order");
        draft.putObject("extra").put("courtCase", "2-123/2026");

        Resp created = post("/registrations", SAMPLE_INSPECTOR, draft);
        assertStatus(201, created);
        JsonNode r = created.json();
        long id = r.path("id").asLong();
        assertTrue("Location: " + created, created.header("Location").orElse("").endsWith("/registrations/" + id));
        String etag = created.header("ETag").orElseThrow();
        assertEquals("ACTIVE", r.path("status").asText());
        assertEquals("sample", r.path("unitId").asText());
        assertEquals("2-123/2026", r.path("extra").path("courtCase").asText());
        assertEquals("the caller is the responsible officer by default", officerId("sample.inspector"),
                r.path("responsibleOfficerId").asLong());
        LocalDate startedOn = LocalDate.parse(r.path("startedOn").asText());

        // one active registration per person and register
        assertProblem(409, post("/registrations", SAMPLE_INSPECTOR, draft));
        // bad input names the field
        assertTrue(namesField(assertProblem(422, post("/registrations", SAMPLE_INSPECTOR,
                registration(WATCH, personId, "sample.watch.expired"))), "groundCode"));
        assertTrue(namesField(assertProblem(422, post("/registrations", SAMPLE_INSPECTOR,
                registration(WATCH, personId, "sample.confidential.court-order"))), "groundCode"));
        assertTrue(namesField(assertProblem(422, post("/registrations", SAMPLE_INSPECTOR,
                registration("sample.nothing", personId, "sample.watch.court-order"))), "registerId"));
        ObjectNode future = registration(WATCH, personId, "sample.watch.protective-order");
        future.put("startedOn", LocalDate.now().plusDays(3).toString());
        future.remove("basisDocument");
        JsonNode p = assertProblem(422, post("/registrations", SAMPLE_INSPECTOR, future));
        assertTrue(p.toString(), namesField(p, "startedOn") && namesField(p, "basisDocument"));
        ObjectNode big = registration(WATCH, personId, "sample.watch.protective-order");
        big.putObject("extra").put("text", "x".repeat(5000));
        assertTrue(namesField(assertProblem(422, post("/registrations", SAMPLE_INSPECTOR, big)), "extra"));
        assertTrue(namesField(assertProblem(422, post("/registrations", SAMPLE_INSPECTOR,
                registration(WATCH, Long.MAX_VALUE, "sample.watch.court-order"))), "personId"));

        Resp read = get("/registrations/" + id, SAMPLE_INSPECTOR);
        assertStatus(200, read);
        assertEquals(etag, read.header("ETag").orElse(null));
        assertEquals(0, read.json().path("checks").size());
        assertEquals(1, get("/registrations?register=" + WATCH + "&personId=" + personId, SAMPLE_INSPECTOR).json()
                .path("total").asLong());

        // the card shows it at the top
        JsonNode alert = alertOf(get("/persons/" + personId + "/alerts", SAMPLE_INSPECTOR), WATCH);
        assertNotNull("alert for " + WATCH, alert);
        assertEquals("sample", alert.path("unitId").asText());
        assertEquals("WARNING", alert.path("severity").asText());
        assertEquals("On the register: Sample watch register (Court order)", alert.path("text").path("en").asText());
        assertNotNull("in the card too", alertOf(get("/persons/" + personId + "/card", SAMPLE_INSPECTOR)
                .json().path("alerts"), WATCH));

        // a planned check is due this month, until one is recorded
        String key = "register-check:" + id + ":" + startedOn.toString().substring(0, 7);
        NewTask task = plannedChecks(startedOn).stream().filter(t -> key.equals(t.originKey())).findFirst()
                .orElse(null);
        assertNotNull("planned check " + key, task);
        assertEquals("core.register-check", task.kind());
        assertEquals(String.valueOf(id), task.subjectId());
        assertEquals(Long.valueOf(officerId("sample.inspector")), task.assigneeId());

        // the scheduler makes it a task of the responsible officer, once
        assertStatus(200, post("/tasks/sweep", ADMIN, "{}"));
        assertStatus(200, post("/tasks/sweep", ADMIN, "{}"));
        JsonNode tasks = checkTasks(id);
        assertEquals("one planned-check task: " + tasks, 1, tasks.size());
        JsonNode open = tasks.get(0);
        assertEquals("OPEN", open.path("status").asText());
        assertEquals(key, open.path("originKey").asText());
        assertEquals("sample", open.path("unitId").asText());
        assertEquals(officerId("sample.inspector"), open.path("assigneeId").asLong());
        java.time.Instant due = java.time.Instant.parse(open.path("dueAt").asText());
        assertTrue("due at the end of the month: " + due + ", source " + task.dueAt(),
                java.time.Duration.between(due, task.dueAt()).abs().toMillis() < 1000);
        assertEquals(1, get("/tasks?assignee=me&kind=core.register-check&subjectId=" + id, SAMPLE_INSPECTOR).json()
                .path("total").asLong());

        ObjectNode check = JSON.createObjectNode();
        check.put("method", "HOME_VISIT");
        check.put("result", "NO_VIOLATIONS");
        check.put("note", "at home, no complaints");
        Resp recorded = post("/registrations/" + id + "/checks", SAMPLE_INSPECTOR, check);
        assertStatus(201, recorded);
        assertEquals(startedOn.toString(), recorded.json().path("checkedOn").asText());
        ObjectNode badCheck = check.deepCopy();
        badCheck.put("checkedOn", LocalDate.now().plusDays(2).toString());
        badCheck.remove("method");
        JsonNode bc = assertProblem(422, post("/registrations/" + id + "/checks", SAMPLE_INSPECTOR, badCheck));
        assertTrue(bc.toString(), namesField(bc, "checkedOn") && namesField(bc, "method"));
        JsonNode withCheck = get("/registrations/" + id, SAMPLE_INSPECTOR).json();
        assertEquals(1, withCheck.path("checks").size());
        assertEquals("HOME_VISIT", withCheck.path("checks").get(0).path("method").asText());
        assertEquals(startedOn.toString(), withCheck.path("lastCheckedOn").asText());
        assertTrue("no planned check once one is recorded in the period",
                plannedChecks(startedOn).stream().noneMatch(t -> key.equals(t.originKey())));
        JsonNode done = checkTasks(id).get(0);
        assertEquals("recording the check completed the task: " + done, "DONE", done.path("status").asText());
        assertEquals("sample.inspector", done.path("completedBy").asText());
        assertStatus(200, post("/tasks/sweep", ADMIN, "{}"));
        assertEquals("no new task this month", 1, checkTasks(id).size());

        // removal: If-Match required, a removal ground of the register
        ObjectNode removal = JSON.createObjectNode();
        removal.put("removalGroundCode", "sample.watch.expired");
        removal.put("removalNote", "term of the order expired");
        assertProblem(428, post("/registrations/" + id + "/removal", SAMPLE_INSPECTOR, removal));
        String current = get("/registrations/" + id, SAMPLE_INSPECTOR).header("ETag").orElseThrow();
        assertProblem(412, post("/registrations/" + id + "/removal", SAMPLE_INSPECTOR, removal, "If-Match", "\"999\""));
        ObjectNode wrongGround = removal.deepCopy();
        wrongGround.put("removalGroundCode", "sample.watch.court-order");
        assertTrue(namesField(assertProblem(422, post("/registrations/" + id + "/removal", SAMPLE_INSPECTOR,
                wrongGround, "If-Match", current)), "removalGroundCode"));
        Resp removed = post("/registrations/" + id + "/removal", SAMPLE_INSPECTOR, removal, "If-Match", current);
        assertStatus(200, removed);
        assertEquals("REMOVED", removed.json().path("status").asText());
        assertEquals("sample.watch.expired", removed.json().path("removalGroundCode").asText());
        assertEquals(startedOn.toString(), removed.json().path("removedOn").asText());
        assertProblem(409, post("/registrations/" + id + "/checks", SAMPLE_INSPECTOR, check));
        assertNull(alertOf(get("/persons/" + personId + "/alerts", SAMPLE_INSPECTOR), WATCH));

        // the history stays; the person may be placed again
        assertStatus(201, post("/registrations", SAMPLE_INSPECTOR, draft));
        JsonNode history = get("/registrations?personId=" + personId + "&sort=-id", SAMPLE_INSPECTOR).json();
        assertEquals(2, history.path("total").asLong());
        assertEquals("REMOVED", history.path("items").get(1).path("status").asText());
        assertEquals(1, get("/registrations?personId=" + personId + "&status=REMOVED", SAMPLE_INSPECTOR).json()
                .path("total").asLong());
        assertTrue(namesField(assertProblem(422, get("/registrations?status=GONE", SAMPLE_INSPECTOR)), "status"));

        // every read and write left an audit row
        assertTrue(get("/audit?subjectType=registration&subjectId=" + id, ADMIN).json().path("total").asLong() >= 5);
    }

    @Test
    public void t03NeedToKnowAndDataScope() throws Exception {
        ensureOutsiders();
        long personId = newPerson(LocalDate.of(1979, 10, 2), Sex.FEMALE);
        long watch = placed(SAMPLE_INSPECTOR, WATCH, personId, "sample.watch.protective-order");
        long confidential = placed(SAMPLE_INSPECTOR, CONFIDENTIAL, personId, "sample.confidential.court-order");

        // the unit's inspector sees both, the restricted one first (DANGER)
        JsonNode own = get("/persons/" + personId + "/alerts", SAMPLE_INSPECTOR).json();
        assertEquals("register:" + CONFIDENTIAL, own.get(0).path("code").asText());
        assertNotNull(alertOf(own, WATCH));
        assertEquals(2, get("/registrations?personId=" + personId, SAMPLE_INSPECTOR).json().path("total").asLong());

        // another unit's inspector in the same body: the open register yes, the restricted one no
        assertStatus(200, get("/registrations/" + watch, OTHER));
        assertProblem(403, get("/registrations/" + confidential, OTHER));
        JsonNode seen = get("/registrations?personId=" + personId, OTHER).json();
        assertEquals("only the open register: " + seen, 1, seen.path("total").asLong());
        assertEquals(watch, seen.path("items").get(0).path("id").asLong());
        assertEquals(0, get("/registrations?register=" + CONFIDENTIAL, OTHER).json().path("total").asLong());
        JsonNode otherAlerts = get("/persons/" + personId + "/alerts", OTHER).json();
        assertNotNull(alertOf(otherAlerts, WATCH));
        assertNull("no restricted alert: " + otherAlerts, alertOf(otherAlerts, CONFIDENTIAL));
        // and may not write on the sample unit's registers
        long another = newPerson(LocalDate.of(1979, 10, 3), Sex.MALE);
        assertProblem(403, post("/registrations", OTHER, registration(WATCH, another, "sample.watch.court-order")));
        ObjectNode check = JSON.createObjectNode();
        check.put("method", "PHONE");
        check.put("result", "NO_VIOLATIONS");
        assertProblem(403, post("/registrations/" + watch + "/checks", OTHER, check));

        // the unit's own role in another body: outside the scope
        assertProblem(403, get("/registrations/" + watch, RURAL));
        assertEquals(0, get("/registrations?personId=" + personId, RURAL).json().path("total").asLong());
        assertProblem(403, post("/registrations", RURAL, registration(WATCH, another, "sample.watch.court-order")));
        assertEquals(0, total("/registrations?personId=" + another));

        // the refusals are audited
        await("DENIED audit row for the restricted read", 10_000, () -> {
            for (JsonNode row : get("/audit?user=itest.other&subjectType=registration&subjectId=" + confidential,
                    ADMIN).json().path("items")) {
                if ("DENIED".equals(row.path("outcome").asText())) {
                    return true;
                }
            }
            return false;
        });
    }

    @Test
    public void t04RegistrationsSurviveTheUnitsUninstall() throws Exception {
        long personId = newPerson(LocalDate.of(1990, 1, 30), Sex.MALE);
        long id = placed(SAMPLE_INSPECTOR, WATCH, personId, "sample.watch.court-order");
        LocalDate startedOn = LocalDate.parse(get("/registrations/" + id, ADMIN).json().path("startedOn").asText());
        String before = ((ObjectNode) get("/registrations/" + id, ADMIN).json()).without("checks").toString();

        uninstallTestUnit(featuresService);
        await("sample registers gone", 30_000, () -> get("/registers?unit=sample", ADMIN).json().size() == 0);
        assertProblem(404, get("/registers/" + WATCH, ADMIN));
        assertProblem(404, get("/registrations/" + id, ADMIN));
        assertEquals(0, total("/registrations?personId=" + personId));
        assertNull(alertOf(get("/persons/" + personId + "/alerts", ADMIN), WATCH));
        ObjectNode again = registration(WATCH, personId, "sample.watch.court-order");
        again.put("departmentId", districtBodyId("DEMO-CITY"));
        assertTrue(namesField(assertProblem(422, post("/registrations", ADMIN, again)), "registerId"));
        assertTrue("no planned checks of an unknown register",
                plannedChecks(startedOn).stream().noneMatch(t -> String.valueOf(id).equals(t.subjectId())));

        installTestUnit(featuresService);
        await("sample registers back", 60_000, () -> get("/registers?unit=sample", ADMIN).json().size() == 2);
        Resp back = get("/registrations/" + id, ADMIN);
        assertStatus(200, back);
        assertEquals("the stored registration is unchanged", before, ((ObjectNode) back.json()).without("checks")
                .toString());
        assertEquals(1, total("/registrations?personId=" + personId));
        assertNotNull(alertOf(get("/persons/" + personId + "/alerts", ADMIN), WATCH));
    }

    @Test
    public void t05ShellCommands() throws Exception {
        long personId = newPerson(LocalDate.of(1972, 5, 5), Sex.FEMALE);
        long id = placed(SAMPLE_INSPECTOR, WATCH, personId, "sample.watch.court-order");
        String registers = shell(sessionFactory, "admin", "lps:registers --unit sample --lang en");
        assertTrue(registers, registers.contains(WATCH) && registers.contains("sample.watch.court-order")
                && registers.contains("sample-order-1-2026") && registers.contains("L1-2")
                && registers.contains("sample.watch.check-periodicity") && registers.contains("Sample watch register"));
        String found = shell(sessionFactory, "admin", "lps:registrations --register " + WATCH + " --person " + personId
                + " --status ACTIVE --limit 5");
        assertTrue(found, found.contains(String.valueOf(id)) && found.contains("1 of 1"));
        String outsider = shell(sessionFactory, "console.viewer", "lps:registrations --person " + personId,
                "lps-reader");
        assertTrue("no rows outside the scope: " + outsider, outsider.contains("0 of 0"));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static long newPerson(LocalDate birthDate, Sex sex) {
        return createPerson(personJson(newIin(birthDate, sex), districtBodyId("DEMO-CITY"))).json().path("id")
                .asLong();
    }

    private static ObjectNode registration(String registerId, long personId, String groundCode) {
        ObjectNode r = JSON.createObjectNode();
        r.put("registerId", registerId);
        r.put("personId", personId);
        r.put("groundCode", groundCode);
        r.put("basisDocument", "Court decision 2-123/2026 of 5 January 2026");
        return r;
    }

    private static long placed(String auth, String registerId, long personId, String groundCode) {
        Resp r = post("/registrations", auth, registration(registerId, personId, groundCode));
        assertStatus(201, r);
        return r.json().path("id").asLong();
    }

    /** The planned-check tasks of a registration, as the administrator sees them. */
    private static JsonNode checkTasks(long registrationId) {
        Resp r = get("/tasks?kind=core.register-check&subjectType=registration&subjectId=" + registrationId, ADMIN);
        assertStatus(200, r);
        return r.json().path("items");
    }

    private static JsonNode alertOf(Resp alerts, String registerId) {
        assertStatus(200, alerts);
        return alertOf(alerts.json(), registerId);
    }

    private static JsonNode alertOf(JsonNode alerts, String registerId) {
        for (JsonNode a : alerts) {
            if (("register:" + registerId).equals(a.path("code").asText())) {
                return a;
            }
        }
        return null;
    }

    private static void assertNull(Object o) {
        assertNull("expected nothing", o);
    }

    private static void assertNull(String message, Object o) {
        assertTrue(message + ": " + o, o == null);
    }

    private static long officerId(String login) {
        for (JsonNode o : get("/officers?unit=sample&limit=500", ADMIN).json().path("items")) {
            if (login.equals(o.path("login").asText())) {
                return o.path("id").asLong();
            }
        }
        throw new AssertionError("no officer " + login);
    }

    /** The tasks the registers' task source wants on the day. */
    private List<NewTask> plannedChecks(LocalDate day) throws Exception {
        List<NewTask> all = new ArrayList<>();
        for (ServiceReference<TaskSource> ref : bundleContext.getServiceReferences(TaskSource.class, null)) {
            TaskSource source = bundleContext.getService(ref);
            try {
                if ("core.register-checks".equals(source.id())) {
                    all.addAll(source.tasks(day).collect(Collectors.toList()));
                }
            } finally {
                bundleContext.ungetService(ref);
            }
        }
        return all;
    }

    /**
     * {@code itest.other} (role {@code other-inspector}, an officer of the city body: the same scope as the sample
     * inspector, but no role of the sample unit) and {@code itest.rural} ({@code sample-inspector}, an officer of the
     * rural body).
     */
    private void ensureOutsiders() throws Exception {
        if (get("/me", OTHER).status() == 200 && get("/me", RURAL).status() == 200) {
            return;
        }
        createOfficer("itest.other", "ITEST-OTHER", districtBodyId("DEMO-CITY"), "other");
        createOfficer("itest.rural", "ITEST-RURAL", districtBodyId("DEMO-RURAL"), "sample");
        shell(sessionFactory, "admin", "lps:user-add --password itest-secret-1 itest.other other-inspector");
        shell(sessionFactory, "admin", "lps:user-add --password itest-secret-2 itest.rural sample-inspector");
        await("outsider logins", 30_000, () -> get("/me", OTHER).status() == 200 && get("/me", RURAL).status() == 200);
        Set<String> scopes = Set.of(get("/me", OTHER).json().path("scope").asText(),
                get("/me", RURAL).json().path("scope").asText());
        assertEquals("two different scopes: " + scopes, 2, scopes.size());
    }

    private static void createOfficer(String login, String number, long departmentId, String unit) {
        ObjectNode o = JSON.createObjectNode();
        o.put("personnelNumber", number);
        o.put("surname", "Сынақов");
        o.put("name", "Ерлан");
        o.put("rank", "полиция капитаны");
        o.put("position", "инспектор");
        o.put("departmentId", departmentId);
        o.put("unitType", unit);
        o.put("status", "ACTIVE");
        o.put("login", login);
        assertStatus(201, post("/officers", ADMIN, o));
    }
}
