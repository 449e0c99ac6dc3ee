package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

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
import org.osgi.framework.AllServiceListener;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.SynchronousBundleListener;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.police.lps.core.api.person.Sex;

/**
 * The core's REST API and the unit whiteboard, against one container (booted once for the class).
 * Methods run in name order; each stands alone (the ones needing the sample unit install it when missing).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class LpsCoreIT extends LpsTestSupport {

    static final String CORE_BSN = "kz.police.lps.core";

    static final String SAMPLE_BSN = "kz.police.lps.itest.sample";

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
    public void ready() {
        awaitReady();
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    public void t01BootAndPersonRoundTrip() {
        Bundle core = coreBundle();
        assertEquals("core bundle state", Bundle.ACTIVE, core.getState());

        long city = districtBodyId("DEMO-CITY");
        String iin = newIin(LocalDate.of(1991, 7, 23), Sex.MALE);
        ObjectNode draft = personJson(iin, city);

        Resp created = createPerson(draft);
        String location = created.header("Location").orElse(null);
        assertNotNull("Location header: " + created, location);
        String etag = created.header("ETag").orElse(null);
        assertNotNull("ETag header: " + created, etag);
        JsonNode body = created.json();
        long id = body.path("id").asLong();
        assertTrue("id: " + created, id > 0);
        assertTrue("Location ends with the id: " + location, location.endsWith("/persons/" + id));
        assertSameData(draft, body);

        Resp read = get(URI.create(location).getPath().replaceFirst("^/api/v1", ""), ADMIN);
        assertStatus(200, read);
        assertSameData(draft, read.json());
        assertEquals("id", id, read.json().path("id").asLong());
        assertEquals("ETag of the read", etag, read.header("ETag").orElse(null));

        Resp found = get("/persons?iin=" + iin, ADMIN);
        assertStatus(200, found);
        assertEquals("search by IIN: " + found, 1, found.json().path("total").asLong());
        assertEquals(id, found.json().path("items").get(0).path("id").asLong());

        // name search tolerates Kazakh/Russian letter variants: "Алибек" finds "Әлібек", "сынакбаев" "Сынақбаев"
        String variant = java.net.URLEncoder.encode("сынакбаев алибек", java.nio.charset.StandardCharsets.UTF_8);
        Resp byName = get("/persons?limit=500&name=" + variant, ADMIN);
        assertStatus(200, byName);
        boolean hit = false;
        for (JsonNode p : byName.json().path("items")) {
            hit |= p.path("id").asLong() == id;
        }
        assertTrue("found by a letter-variant spelling: " + byName, hit);
        String givenName = java.net.URLEncoder.encode("Алибек", java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(get("/persons?name=" + givenName, ADMIN).json().path("total").asLong() >= 1);

        Resp card = get("/persons/" + id + "/card", ADMIN);
        assertStatus(200, card);
        JsonNode c = card.json();
        assertEquals("card person: " + card, id, c.path("person").path("id").asLong());
        assertEquals("card person iin", iin, c.path("person").path("iin").asText());
        if (sampleUnitListed()) {
            assertSampleSection(c, iin);
        } else {
            assertNoSampleSection(c);
        }
    }

    @Test
    public void t02EtagAndIfMatch() {
        String iin = newIin(LocalDate.of(1978, 2, 3), Sex.FEMALE);
        ObjectNode draft = personJson(iin, districtBodyId("DEMO-CITY"));
        Resp created = createPerson(draft);
        long id = created.json().path("id").asLong();
        String etag = created.header("ETag").orElseThrow();

        draft.put("patronymic", "Нұрланқызы");
        JsonNode missing = assertProblem(428, put("/persons/" + id, ADMIN, draft));
        assertTrue("428 title", missing.path("title").asText().length() > 0);

        String stale = "\"" + (created.json().path("version").asLong() + 7) + "\"";
        assertProblem(412, put("/persons/" + id, ADMIN, draft, "If-Match", stale));

        Resp ok = put("/persons/" + id, ADMIN, draft, "If-Match", etag);
        assertStatus(200, ok);
        String newEtag = ok.header("ETag").orElse(null);
        assertNotNull("ETag after update: " + ok, newEtag);
        assertNotEquals("ETag changes with the update", etag, newEtag);
        assertEquals("Нұрланқызы", ok.json().path("patronymic").asText());

        // the old ETag is stale now
        assertProblem(412, put("/persons/" + id, ADMIN, draft, "If-Match", etag));
        Resp read = get("/persons/" + id, ADMIN);
        assertEquals("ETag of the read after the update", newEtag, read.header("ETag").orElse(null));
    }

    @Test
    public void t03AuthenticationRequired() {
        Resp none = get("/persons?limit=1", null);
        JsonNode p = assertProblem(401, none);
        assertTrue("WWW-Authenticate: " + none, none.header("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, p.path("status").asInt());

        assertProblem(401, get("/persons?limit=1", "admin:wrong-password"));
        assertProblem(401, get("/persons?limit=1", "nobody:nothing"));
        // a write without credentials writes nothing
        String iin = newIin(LocalDate.of(1969, 12, 31), Sex.MALE);
        assertProblem(401, post("/persons", null, personJson(iin, districtBodyId("DEMO-CITY"))));
        assertEquals(0, total("/persons?iin=" + iin));
    }

    @Test
    public void t04AuditOfCreateAndRead() {
        String iin = newIin(LocalDate.of(2001, 1, 9), Sex.FEMALE);
        long id = createPerson(personJson(iin, districtBodyId("DEMO-CITY"))).json().path("id").asLong();
        assertStatus(200, get("/persons/" + id, ADMIN));

        Resp audit = get("/audit?subjectType=person&subjectId=" + id + "&limit=100", ADMIN);
        assertStatus(200, audit);
        boolean read = false;
        boolean create = false;
        for (JsonNode row : audit.json().path("items")) {
            assertEquals("subjectType: " + row, "person", row.path("subjectType").asText());
            assertEquals("subjectId: " + row, String.valueOf(id), row.path("subjectId").asText());
            if ("admin".equals(row.path("username").asText())) {
                read |= "READ".equals(row.path("action").asText());
                create |= "CREATE".equals(row.path("action").asText());
            }
        }
        assertTrue("READ row by admin in " + audit, read);
        assertTrue("CREATE row by admin in " + audit, create);
    }

    @Test
    public void t05InvalidInputIsRejectedAndWritesNothing() {
        // control characters are refused by name; a malformed Accept-Language falls back to Kazakh, never a 500
        String ctlIin = newIin(LocalDate.of(1980, 2, 2), Sex.MALE);
        ObjectNode ctl = personJson(ctlIin, districtBodyId("DEMO-CITY"));
        ((ObjectNode) ctl.path("actualAddress")).put("street", "Абай\u0000 даңғылы");
        JsonNode ctlProblem = assertProblem(422, post("/persons", ADMIN, ctl));
        assertEquals("actualAddress.street", ctlProblem.path("errors").get(0).path("field").asText());
        assertEquals(0, total("/persons?iin=" + ctlIin));
        assertStatus(200, get("/units", ADMIN, "Accept-Language", "en-"));
        assertStatus(200, get("/enumerations", ADMIN, "Accept-Language", "en-"));

        long city = districtBodyId("DEMO-CITY");

        // bad IIN check digit: 422 naming iin
        String valid = newIin(LocalDate.of(1988, 8, 8), Sex.MALE);
        int last = valid.charAt(11) - '0';
        String badIin = valid.substring(0, 11) + ((last + 1) % 10);
        JsonNode p = assertProblem(422, post("/persons", ADMIN, personJson(valid, city, badIin)));
        assertTrue("errors name iin: " + p, namesField(p, "iin"));
        assertEquals(0, total("/persons?iin=" + badIin));
        assertEquals(0, total("/persons?iin=" + valid));

        // unknown field: 400 naming it
        String iin = newIin(LocalDate.of(1988, 8, 9), Sex.MALE);
        ObjectNode unknown = personJson(iin, city);
        unknown.put("nickname", "Бөкей");
        p = assertProblem(400, post("/persons", ADMIN, unknown));
        assertTrue("errors name nickname: " + p, namesField(p, "nickname"));
        assertEquals(0, total("/persons?iin=" + iin));

        // wrong type: 400 naming birthDate
        ObjectNode wrongType = personJson(iin, city);
        wrongType.put("birthDate", "xx");
        p = assertProblem(400, post("/persons", ADMIN, wrongType));
        assertTrue("errors name birthDate: " + p, namesField(p, "birthDate"));
        assertEquals(0, total("/persons?iin=" + iin));

        // unknown enum value: 400 naming sex
        ObjectNode badEnum = personJson(iin, city);
        badEnum.put("sex", "X");
        p = assertProblem(400, post("/persons", ADMIN, badEnum));
        assertTrue("errors name sex: " + p, namesField(p, "sex"));
        assertEquals(0, total("/persons?iin=" + iin));

        // surname of 101 letters: 422 naming surname
        ObjectNode longName = personJson(iin, city);
        longName.put("surname", "Ә".repeat(101));
        p = assertProblem(422, post("/persons", ADMIN, longName));
        assertTrue("errors name surname: " + p, namesField(p, "surname"));
        assertEquals(0, total("/persons?iin=" + iin));

        // malformed JSON: 400
        String json = write(personJson(iin, city));
        assertProblem(400, post("/persons", ADMIN, json.substring(0, json.length() - 10)));
        assertEquals(0, total("/persons?iin=" + iin));

        // the problem's language follows Accept-Language; Kazakh without one
        ObjectNode bad = personJson(valid, city, badIin);
        assertEquals("Ошибка в данных",
                assertProblem(422, post("/persons", ADMIN, bad, "Accept-Language", "ru")).path("title").asText());
        assertEquals("Invalid data",
                assertProblem(422, post("/persons", ADMIN, bad, "Accept-Language", "en")).path("title").asText());
        assertEquals("Деректер қате", assertProblem(422, post("/persons", ADMIN, bad)).path("title").asText());
        Resp ru = post("/persons", ADMIN, bad, "Accept-Language", "ru-RU,ru;q=0.9,en;q=0.5");
        assertEquals("Ошибка в данных", assertProblem(422, ru).path("title").asText());
        assertEquals("ru", ru.header("Content-Language").orElse(""));
        assertEquals(0, total("/persons?iin=" + badIin));
    }

    @Test
    public void t06OpenApiAndSwaggerUi() {
        Resp openApi = get("/openapi.json", ADMIN);
        assertStatus(200, openApi);
        JsonNode paths = openApi.json().path("paths");
        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);
        for (String expected : List.of("/persons", "/units", "/audit", "/org-units")) {
            assertTrue(expected + " in OpenAPI paths " + names, names.contains(expected));
        }
        Resp ui = get("/api-docs", ADMIN);
        assertStatus(200, ui);
        assertTrue("Swagger UI is HTML: " + ui.contentType(), ui.contentType().startsWith("text/html"));
    }

    /**
     * Installs the sample unit's feature (without NoAutoRefreshBundles), checks that the core picks up its
     * UnitModule, PersonCardContributor and REST resource, uninstalls it and checks they are gone, while counting
     * that the core bundle was never stopped and none of its services went away.
     */
    @Test
    public void t07UnitWhiteboardInstallAndUninstall() throws Exception {
        if (testUnitInstalled()) {
            featuresService.uninstallFeature(TEST_UNIT_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        }
        String iin = newIin(LocalDate.of(1995, 11, 30), Sex.FEMALE);
        long personId = createPerson(personJson(iin, districtBodyId("DEMO-CITY"))).json().path("id").asLong();

        Bundle core = coreBundle();
        long coreId = core.getBundleId();
        AtomicInteger coreStopping = new AtomicInteger();
        List<String> coreUnregistered = Collections.synchronizedList(new ArrayList<>());
        // the same counts for the unit bundle prove the listeners see such events at all;
        // STOPPING is only delivered to synchronous listeners
        AtomicLong unitId = new AtomicLong(-1);
        AtomicInteger unitStopping = new AtomicInteger();
        AtomicInteger unitUnregistering = new AtomicInteger();
        SynchronousBundleListener bundles = e -> {
            if (e.getType() == BundleEvent.INSTALLED && SAMPLE_BSN.equals(e.getBundle().getSymbolicName())) {
                unitId.set(e.getBundle().getBundleId());
            }
            if (e.getType() == BundleEvent.STOPPING) {
                if (e.getBundle().getBundleId() == coreId) {
                    coreStopping.incrementAndGet();
                } else if (SAMPLE_BSN.equals(e.getBundle().getSymbolicName())) {
                    unitStopping.incrementAndGet();
                }
            }
        };
        // AllServiceListener: no assignability check, so the probe never gets wired to the unit (P13)
        AllServiceListener services = e -> {
            if (e.getType() != ServiceEvent.UNREGISTERING) {
                return;
            }
            Object owner = e.getServiceReference().getProperty(Constants.SERVICE_BUNDLEID);
            if (Long.valueOf(coreId).equals(owner)) {
                coreUnregistered.add(java.util.Arrays.toString(
                        (String[]) e.getServiceReference().getProperty(Constants.OBJECTCLASS)));
            } else if (Long.valueOf(unitId.get()).equals(owner)) {
                unitUnregistering.incrementAndGet();
            }
        };
        bundleContext.addBundleListener(bundles);
        bundleContext.addServiceListener(services);
        try {
            featuresService.addRepository(testUnitFeatures());
            featuresService.installFeature(TEST_UNIT_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
            assertTrue("feature installed", testUnitInstalled());

            // the unit registry lists it, in the caller's language
            await("unit 'sample' listed", 30_000, this::sampleUnitListed);
            JsonNode unit = sampleUnit(get("/units", ADMIN, "Accept-Language", "en").json());
            assertEquals("Sample unit", unit.path("name").asText());
            assertEquals("Сынақ бөлінісі", unit.path("names").path("kk").asText());
            assertEquals("Тестовое подразделение", unit.path("names").path("ru").asText());
            assertEquals("[\"sample-head\",\"sample-inspector\",\"sample-viewer\"]", unit.path("roles").toString());
            assertEquals("Тестовое подразделение",
                    sampleUnit(get("/units", ADMIN, "Accept-Language", "ru").json()).path("name").asText());
            assertEquals("Сынақ бөлінісі", sampleUnit(get("/units", ADMIN).json()).path("name").asText());
            assertStatus(200, get("/units/sample", ADMIN));

            // the card has the unit's section, and its alert at the top
            Resp card = get("/persons/" + personId + "/card", ADMIN);
            assertStatus(200, card);
            assertSampleSection(card.json(), iin);

            // the unit's own REST resource, with the caller injected by the core
            Resp hello = await("GET /api/v1/sample/hello", 30_000, () -> {
                Resp r = get("/sample/hello", ADMIN);
                return r.status() == 200 ? r : null;
            });
            assertTrue("JSON: " + hello, hello.contentType().startsWith("application/json"));
            assertEquals("{\"user\":\"admin\"}", hello.json().toString());
            assertProblem(401, get("/sample/hello", null));

            // the unit's norms and acts, shipped as data in its bundle, are listed with their source
            JsonNode norms = get("/norms?unit=sample", ADMIN).json();
            JsonNode check = null;
            for (JsonNode n : norms) {
                check = "sample.check.report-deadline".equals(n.path("key").asText()) ? n : check;
            }
            assertNotNull("sample norms: " + norms, check);
            assertEquals("sample-order-1-2026", check.path("actCode").asText());
            assertEquals("L1-2", check.path("lines").asText());
            assertEquals(1, get("/acts?unit=sample", ADMIN).json().size());
            // a region's override is audited and in force for that region's departments
            long region = get("/org-units?kind=REGION", ADMIN).json().path("items").get(0).path("id").asLong();
            ObjectNode override = JSON.createObjectNode();
            override.put("value", 7);
            override.put("reason", "itest");
            assertStatus(200, put("/norms/sample.check.report-deadline/overrides/" + region, ADMIN, override));
            JsonNode inCity = get("/norms/sample.check.report-deadline?departmentId=" + districtBodyId("DEMO-CITY"),
                    ADMIN).json();
            assertEquals(7, inCity.path("value").asInt());
            assertTrue(inCity.path("overridden").asBoolean());
            assertEquals(5, inCity.path("defaultValue").asInt());
            assertTrue("override audited", get("/audit?subjectType=norm&subjectId=sample.check.report-deadline",
                    ADMIN).json().path("total").asLong() >= 1);

            // the one OpenAPI document covers the unit's resources while it is installed
            assertTrue("openapi.json lists /sample/hello",
                    get("/openapi.json", ADMIN).json().path("paths").has("/sample/hello"));
            assertTrue("the unit's own document", get("/sample/openapi.json", ADMIN).json().path("paths").has("/hello"));

            featuresService.uninstallFeature(TEST_UNIT_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
            assertFalse("feature uninstalled", testUnitInstalled());

            await("unit 'sample' gone", 30_000, () -> !sampleUnitListed());
            assertEquals(404, get("/units/sample", ADMIN).status());
            Resp after = get("/persons/" + personId + "/card", ADMIN);
            assertStatus(200, after);
            assertNoSampleSection(after.json());
            await("GET /api/v1/sample/hello answers 404", 30_000, () -> get("/sample/hello", ADMIN).status() == 404);
            assertEquals("norms withdrawn with the unit", 0, get("/norms?unit=sample", ADMIN).json().size());
            assertEquals(404, get("/norms/sample.check.report-deadline", ADMIN).status());
            assertFalse("openapi.json no longer lists /sample/hello",
                    get("/openapi.json", ADMIN).json().path("paths").has("/sample/hello"));

            // the core still serves
            assertStatus(200, get("/persons/" + personId, ADMIN));
            assertEquals(1, total("/persons?iin=" + iin));
            String other = newIin(LocalDate.of(1995, 11, 29), Sex.MALE);
            createPerson(personJson(other, districtBodyId("DEMO-CITY")));
        } finally {
            bundleContext.removeBundleListener(bundles);
            bundleContext.removeServiceListener(services);
        }
        assertEquals("core bundle state", Bundle.ACTIVE, core.getState());
        assertEquals("STOPPING events of the core bundle", 0, coreStopping.get());
        assertEquals("services of the core unregistered: " + coreUnregistered, 0, coreUnregistered.size());
        assertEquals("STOPPING events of the unit bundle", 1, unitStopping.get());
        assertEquals("services of the unit unregistered (UnitModule, PersonCardContributor, resource, "
                + "PersonAlertSource, TaskSource, ReportDefinition)", 6, unitUnregistering.get());
    }

    @Test
    public void t08AuditIsForbiddenToUnitInspector() {
        ensureSampleInspector();
        JsonNode p = assertProblem(403, get("/audit?limit=1", SAMPLE_INSPECTOR));
        assertTrue("403 title: " + p, p.path("title").asText().length() > 0);
        assertStatus(200, get("/audit?limit=1", ADMIN));
        // reading persons is allowed to the role
        assertStatus(200, get("/persons?limit=1", SAMPLE_INSPECTOR));
    }

    @Test
    public void t09DataScopeOfUnitInspector() {
        ensureSampleInspector();
        long city = districtBodyId("DEMO-CITY");
        long rural = districtBodyId("DEMO-RURAL");

        Resp me = get("/me", SAMPLE_INSPECTOR);
        assertStatus(200, me);
        JsonNode m = me.json();
        assertEquals("sample.inspector", m.path("username").asText());
        assertTrue("roles: " + me, m.path("roles").toString().contains("sample-inspector"));
        String scope = m.path("scope").asText();
        Resp cityNode = get("/org-units/" + city, ADMIN);
        assertStatus(200, cityNode);
        assertEquals("scope of sample.inspector is the DEMO-CITY subtree: " + me, cityNode.json().path("path").asText(),
                scope);

        JsonNode ruralPerson = firstPerson(rural);
        JsonNode cityPerson = firstPerson(city);
        assertProblem(403, get("/persons/" + ruralPerson.path("id").asLong(), SAMPLE_INSPECTOR));
        assertProblem(403, get("/persons/" + ruralPerson.path("id").asLong() + "/card", SAMPLE_INSPECTOR));
        // the refusal is audited (in its own transaction, so it may land a moment after the 403)
        await("DENIED audit row for the refused read", 10_000, () -> {
            for (JsonNode row : get("/audit?user=sample.inspector&subjectType=person&subjectId="
                    + ruralPerson.path("id").asLong(), ADMIN).json().path("items")) {
                if ("DENIED".equals(row.path("outcome").asText())) {
                    return true;
                }
            }
            return false;
        });
        Resp ok = get("/persons/" + cityPerson.path("id").asLong(), SAMPLE_INSPECTOR);
        assertStatus(200, ok);
        assertEquals(cityPerson.path("iin").asText(), ok.json().path("iin").asText());

        // searches see only the scope
        assertEquals(0, get("/persons?departmentId=" + rural, SAMPLE_INSPECTOR).json().path("total").asLong());
        assertTrue(get("/persons?departmentId=" + city, SAMPLE_INSPECTOR).json().path("total").asLong() > 0);

        // registering: in the own body yes, in another body no (and nothing is written)
        String ruralIin = newIin(LocalDate.of(1999, 9, 19), Sex.MALE);
        assertProblem(403, post("/persons", SAMPLE_INSPECTOR, personJson(ruralIin, rural)));
        assertEquals(0, total("/persons?iin=" + ruralIin));
        String cityIin = newIin(LocalDate.of(1999, 9, 20), Sex.MALE);
        assertStatus(201, post("/persons", SAMPLE_INSPECTOR, personJson(cityIin, city)));
        assertEquals(1, total("/persons?iin=" + cityIin));
    }

    /**
     * Both addresses are optional (the core validates them only when present), so a person without one must be
     * readable too. (Regression: the core answered 500, NullPointerException in PersonServiceImpl.toDto, before
     * commit 3ebdd62.)
     */
    @Test
    public void t10PersonWithoutAddressesCanBeRead() {
        long city = districtBodyId("DEMO-CITY");
        for (String missing : List.of("actualAddress", "registeredAddress")) {
            String iin = newIin(LocalDate.of(1960, 6, 1), Sex.FEMALE);
            ObjectNode draft = personJson(iin, city);
            draft.remove(missing);
            Resp created = createPerson(draft);
            assertTrue("no " + missing + " in the answer: " + created, created.json().path(missing).isMissingNode());
            long id = created.json().path("id").asLong();
            assertStatus(200, get("/persons/" + id, ADMIN));
            assertStatus(200, get("/persons/" + id + "/card", ADMIN));
            assertEquals(1, total("/persons?iin=" + iin));
        }
    }

    /**
     * DemoMode's contract: for every installed unit, {@code <unit>.inspector} and {@code <unit>.head} are tied to demo
     * officers ({@code DEMO-<UNIT>-I}, {@code DEMO-<UNIT>-H}) of the unit in the demo city body.
     */
    @Test
    public void t11DemoModeTiesSampleAccountsToCityOfficers() {
        ensureSampleInspector();
        String cityPath = get("/org-units/" + districtBodyId("DEMO-CITY"), ADMIN).json().path("path").asText();
        for (String login : List.of("sample.inspector", "sample.head")) {
            JsonNode officer = officerOf("sample", login);
            assertNotNull("officer of " + login, officer);
            assertTrue("demo officer of " + login + ": " + officer,
                    officer.path("personnelNumber").asText().startsWith("DEMO-SAMPLE-"));
            String path = get("/org-units/" + officer.path("departmentId").asLong(), ADMIN).json().path("path")
                    .asText();
            assertTrue(login + " serves in DEMO-CITY: " + path, path.startsWith(cityPath));
        }
    }

    /** The working-day calendar over REST: the shipped 2026 holidays, deadlines across them, loading a year. */
    @Test
    public void t13CalendarAndDeadlines() {
        ensureSampleInspector();
        JsonNode years = get("/calendar/years", ADMIN).json();
        assertTrue("shipped years: " + years, years.path("loaded").toString().contains("2026")
                && years.path("loaded").toString().contains("2027"));

        // March 2026: 22 weekdays less 9 March (8 March was a Sunday), 23 March (Nauryz), 24-25 March (Nauryz moved)
        JsonNode march = get("/calendar/working-days?from=2026-03-01&to=2026-03-31", ADMIN).json();
        assertEquals(18, march.path("workingDays").asInt());
        assertEquals(31, march.path("days").size());

        // 5 working days after Friday 20 March 2026 ends on Wednesday 1 April
        JsonNode due = get("/calendar/deadline?from=2026-03-20T06:00:00Z&amount=5&unit=WORKING_DAYS", ADMIN).json();
        assertEquals("2026-04-01", due.path("dueDate").asText());
        assertEquals("2026-03-30",
                get("/calendar/deadline?from=2026-03-20T06:00:00Z&amount=10&unit=CALENDAR_DAYS", ADMIN).json()
                        .path("dueDate").asText());
        assertEquals("2026-03-21T06:00:00Z",
                get("/calendar/deadline?from=2026-03-20T06:00:00Z&amount=24&unit=HOURS", ADMIN).json()
                        .path("due").asText());
        assertEquals("\"2026-10-05\"", get("/calendar/day-after-period?period=2026-Q3&day=5", ADMIN).body());

        assertEquals("amount", assertProblem(422, get("/calendar/deadline?from=2026-03-20&amount=-1&unit=HOURS",
                ADMIN)).path("errors").get(0).path("field").asText());
        assertEquals("unit", assertProblem(422, get("/calendar/deadline?from=2026-03-20&amount=1&unit=PER_YEAR",
                ADMIN)).path("errors").get(0).path("field").asText());
        assertEquals("period", assertProblem(422, get("/calendar/day-after-period?period=2026-Q5&day=5", ADMIN))
                .path("errors").get(0).path("field").asText());

        // loading a year is an administrator's action, audited; before it the year is provisional
        JsonNode before = get("/calendar/working-days?from=2031-01-01&to=2031-01-01", ADMIN).json();
        assertTrue(before.path("days").get(0).path("provisional").asBoolean());
        ObjectNode year = JSON.createObjectNode();
        year.put("year", 2031);
        ObjectNode holiday = year.putArray("holidays").addObject();
        holiday.put("date", "2031-01-01");
        holiday.putObject("name").put("kk", "Жаңа жыл").put("ru", "Новый год").put("en", "New Year");
        holiday.put("moveIfWeekend", true);
        ObjectNode transfer = year.putArray("transfers").addObject();
        transfer.put("workingDay", "2031-01-04");
        transfer.put("dayOff", "2031-01-02");
        transfer.put("basis", "itest decree");
        assertProblem(403, put("/calendar/years/2031", SAMPLE_INSPECTOR, year));
        assertStatus(200, put("/calendar/years/2031?source=itest", ADMIN, year));
        JsonNode after = get("/calendar/working-days?from=2031-01-01&to=2031-01-04", ADMIN).json();
        assertFalse(after.path("days").get(0).path("provisional").asBoolean());
        assertEquals("1 January holiday, 2 January off, 3 January working, 4 January a working Saturday", 2,
                after.path("workingDays").asInt());
        assertTrue(get("/audit?subjectType=calendar-year&subjectId=2031", ADMIN).json().path("total").asLong() >= 1);
    }

    /** The admin shell commands run on the same services as REST, as the shell session's JAAS subject. */
    @Test
    public void t12ShellCommands() throws Exception {
        String units = shell("admin", "lps:units");
        assertTrue("table header: " + units, units.contains("Id") && units.contains("REST"));

        long city = districtBodyId("DEMO-CITY");
        JsonNode person = firstPerson(city);
        String byIin = shell("admin", "lps:person-find " + person.path("iin").asText());
        assertTrue("found by IIN: " + byIin, byIin.contains(person.path("surname").asText()) && byIin.contains("1 of 1"));
        String byName = shell("admin", "lps:person-find --limit 3 --purpose itest " + person.path("surname").asText());
        assertTrue("found by name: " + byName, byName.contains(person.path("iin").asText())
                || byName.contains("3 of"));

        // the shell searches were audited with the channel 'shell' and the purpose given
        String audit = shell("admin", "lps:audit --user admin --subject person-search --limit 5");
        assertTrue("audit rows: " + audit, audit.contains("shell") && audit.contains("itest"));

        // demo-load is idempotent: a second load creates nothing
        String demo = shell("admin", "lps:demo-load");
        assertTrue("nothing created twice: " + demo, demo.contains("Created 0 organisation nodes, 0 officers, 0 persons"));

        // logins: created by lps-admin only, audited, usable over REST at once
        String created = shell("admin", "lps:user-add --password itest-secret-1 itest.reader lps-reader");
        assertTrue("login created: " + created, created.contains("Created itest.reader"));
        Resp me = get("/me", "itest.reader:itest-secret-1");
        assertStatus(200, me);
        assertTrue(me.json().path("roles").toString().contains("lps-reader"));
        assertTrue(get("/audit?subjectType=login&subjectId=itest.reader", ADMIN).json().path("total").asLong() >= 1);
        try {
            shell("console.viewer", "lps:user-add --password itest-secret-2 itest.other lps-admin", "lps-reader");
            throw new AssertionError("a non-admin created a login");
        } catch (Exception refused) {
            assertEquals(401, get("/me", "itest.other:itest-secret-2").status());
        }

        // a console user without an officer record or lps-admin sees no person: the scope rules hold in the shell
        String outsider = shell("console.viewer", "lps:person-find " + person.path("iin").asText(), "lps-reader");
        assertTrue("no rows outside the scope: " + outsider, outsider.contains("0 of 0"));
    }

    private String shell(String user, String command, String... roles) throws Exception {
        return shell(sessionFactory, user, command, roles);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static void assertSameData(JsonNode sent, JsonNode got) {
        for (String f : List.of("iin", "surname", "name", "patronymic", "birthDate", "sex", "citizenship",
                "departmentId")) {
            assertEquals(f + " of " + got, sent.path(f).asText(), got.path(f).asText());
        }
        assertEquals("registeredAddress of " + got, sent.path("registeredAddress"), got.path("registeredAddress"));
        assertEquals("actualAddress of " + got, sent.path("actualAddress"), got.path("actualAddress"));
        assertTrue("version of " + got, got.path("version").isNumber());
    }

    private Bundle coreBundle() {
        for (Bundle b : bundleContext.getBundles()) {
            if (CORE_BSN.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + CORE_BSN);
    }

    private boolean testUnitInstalled() throws Exception {
        return testUnitInstalled(featuresService);
    }

    private boolean sampleUnitListed() {
        Resp r = get("/units", ADMIN);
        assertStatus(200, r);
        return sampleUnitOrNull(r.json()) != null;
    }

    private static JsonNode sampleUnit(JsonNode units) {
        JsonNode u = sampleUnitOrNull(units);
        assertNotNull("unit sample in " + units, u);
        return u;
    }

    private static JsonNode sampleUnitOrNull(JsonNode units) {
        for (JsonNode u : units) {
            if ("sample".equals(u.path("id").asText())) {
                return u;
            }
        }
        return null;
    }

    private static void assertSampleSection(JsonNode card, String iin) {
        JsonNode section = null;
        for (JsonNode s : card.path("sections")) {
            if ("sample".equals(s.path("unitId").asText())) {
                section = s;
            }
        }
        assertNotNull("sample section in card " + card, section);
        assertEquals("sample section for " + iin, section.path("data").path("note").asText());
        assertEquals("Sample section", section.path("title").path("en").asText());
        JsonNode top = card.path("alerts").path(0);
        assertEquals("alert at the top of " + card, "sample", top.path("unitId").asText());
        boolean sectionAlert = false;
        for (JsonNode a : card.path("alerts")) {
            sectionAlert |= "sample.alert".equals(a.path("code").asText()) && "WARNING".equals(a.path("severity")
                    .asText());
        }
        assertTrue("the section's WARNING alert among the alerts of " + card, sectionAlert);
    }

    private static void assertNoSampleSection(JsonNode card) {
        for (JsonNode s : card.path("sections")) {
            assertNotEquals("no sample section in " + card, "sample", s.path("unitId").asText());
        }
        for (JsonNode a : card.path("alerts")) {
            assertNotEquals("no sample alert in " + card, "sample", a.path("unitId").asText());
        }
    }

    private static JsonNode firstPerson(long departmentId) {
        Resp r = get("/persons?limit=1&departmentId=" + departmentId, ADMIN);
        assertStatus(200, r);
        JsonNode p = r.json().path("items").path(0);
        assertTrue("a person of department " + departmentId + ": " + r, p.path("id").asLong() > 0);
        return p;
    }

    private void ensureSampleInspector() {
        ensureSampleLogins(featuresService);
    }
}
