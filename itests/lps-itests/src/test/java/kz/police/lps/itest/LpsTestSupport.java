package kz.police.lps.itest;

import java.io.File;
import java.net.URI;
import java.util.EnumSet;

import javax.security.auth.Subject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;

import org.ops4j.pax.exam.CoreOptions;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.police.lps.core.api.person.Iin;
import kz.police.lps.core.api.person.Sex;

/**
 * What every LPS integration test needs: the Pax Exam options that boot the built distribution on test ports, and a
 * small REST client (java.net.http, Basic auth, Jackson trees) for the running container.
 * <p>
 * The test classes run inside the container (Pax Exam probe). They must not load classes of unit bundles (stack.md
 * P13): the probe would get wired to them and be refreshed when the unit is uninstalled.
 */
public abstract class LpsTestSupport {

    // Free ports picked by the test driver and handed to the container through etc/system.properties, where the
    // probe's copy of this class reads them back: runs on one machine never collide.
    public static final int HTTP_PORT = port("lps.itest.httpPort");
    public static final String SSH_PORT = String.valueOf(port("lps.itest.sshPort"));
    public static final String RMI_REGISTRY_PORT = String.valueOf(port("lps.itest.rmiRegistryPort"));
    public static final String RMI_SERVER_PORT = String.valueOf(port("lps.itest.rmiServerPort"));
    public static final String API = "http://localhost:" + HTTP_PORT + "/api/v1";
    public static final int DEMO_PERSONS = 200;

    public static final String ADMIN = "admin:admin";
    public static final String SAMPLE_INSPECTOR = "sample.inspector:demo";
    public static final String PROBLEM_JSON = "application/problem+json";

    protected static final ObjectMapper JSON = new ObjectMapper();

    /** The port the property names (inside the container), else a free one (in the test driver). */
    private static int port(String property) {
        Integer set = Integer.getInteger(property);
        if (set != null) {
            return set;
        }
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private static final Random RANDOM = new Random();

    /** Set once the container answers REST and the demo region is loaded (static: one value per container). */
    private static volatile boolean ready;

    // ---------------------------------------------------------------------------------------------------------
    // Pax Exam configuration (evaluated outside the container)

    /** The options booting the LPS distribution tarball on the test ports with a small demo region. */
    protected static Option[] lpsDistribution(Option... extra) {
        String dist = System.getProperty("lps.dist");
        if (dist == null || !new File(dist).isFile()) {
            throw new IllegalStateException("System property lps.dist must name the built distribution tarball, is "
                    + dist + " (run mvn install -DskipTests first)");
        }
        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(dist).toURI().toString())
                        .name("LPS")
                        .karafVersion(System.getProperty("karaf.version", "4.4.10"))
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.INFO),
                CoreOptions.systemTimeout(240_000),
                // ports of their own: another Karaf may run on 8181/8101/1099/44444
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port",
                        String.valueOf(HTTP_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", SSH_PORT),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", RMI_REGISTRY_PORT),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", RMI_SERVER_PORT),
                editConfigurationFilePut("etc/system.properties", "lps.itest.httpPort", String.valueOf(HTTP_PORT)),
                editConfigurationFilePut("etc/system.properties", "lps.itest.sshPort", SSH_PORT),
                editConfigurationFilePut("etc/system.properties", "lps.itest.rmiRegistryPort", RMI_REGISTRY_PORT),
                editConfigurationFilePut("etc/system.properties", "lps.itest.rmiServerPort", RMI_SERVER_PORT),
                // demo mode stays on (admin/admin, <unit>.inspector/demo), with a small region
                editConfigurationFilePut("etc/kz.police.lps.demo.cfg", "persons", String.valueOf(DEMO_PERSONS)),
                // tests run the task scheduler themselves (POST /tasks/sweep), so its runs are deterministic
                editConfigurationFilePut("etc/kz.police.lps.tasks.cfg", "enabled", "false")));
        // stack.md P10: the container fetches Pax Exam's own bundles through its Maven resolver: local repository of
        // this build first, then the Karaf default remote repositories (left as they are).
        String m2 = System.getProperty("lps.m2");
        if (m2 != null && !m2.isBlank() && new File(m2).isDirectory()) {
            options.add(editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                    "org.ops4j.pax.url.mvn.localRepository", m2));
        }
        // the probe runs in the container: hand it the sample unit's features file
        String testUnit = System.getProperty("lps.testunit.features");
        if (testUnit != null) {
            options.add(editConfigurationFilePut("etc/system.properties", "lps.testunit.features", testUnit));
        }
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }

    // ---------------------------------------------------------------------------------------------------------
    // REST client (runs in the container)

    /** An HTTP answer. */
    public record Resp(int status, java.net.http.HttpHeaders headers, String body) {

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (body.length() > 1500 ? body.substring(0, 1500) + "..." : body);
        }
    }

    /**
     * Sends a request. {@code auth} is {@code user:password} or null; {@code body} is sent as JSON;
     * {@code headers} are name/value pairs.
     */
    protected static Resp http(String method, String path, String auth, String body, String... headers) {
        return http(Duration.ofSeconds(60), method, path, auth, body, headers);
    }

    /** As {@link #http(String, String, String, String, String...)} with a time limit for the answer. */
    protected static Resp http(Duration timeout, String method, String path, String auth, String body,
            String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : API + path))
                .timeout(timeout);
        if (auth != null) {
            b.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            b.header("Content-Type", "application/json; charset=UTF-8");
            b.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Resp(r.statusCode(), r.headers(), r.body());
        } catch (java.io.IOException e) {
            return new Resp(-1, java.net.http.HttpHeaders.of(java.util.Map.of(), (x, y) -> true), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    protected static Resp get(String path, String auth, String... headers) {
        return http("GET", path, auth, null, headers);
    }

    protected static Resp post(String path, String auth, Object body, String... headers) {
        return http("POST", path, auth, body instanceof String s ? s : write(body), headers);
    }

    protected static Resp put(String path, String auth, Object body, String... headers) {
        return http("PUT", path, auth, body instanceof String s ? s : write(body), headers);
    }

    protected static String write(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    protected static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    protected static void assertStatus(int expected, Resp r) {
        assertEquals("HTTP status of " + r, expected, r.status());
    }

    /** The answer is an RFC 9457 problem with this status. */
    protected static JsonNode assertProblem(int expected, Resp r) {
        assertStatus(expected, r);
        assertTrue("problem+json expected: " + r, r.contentType().startsWith(PROBLEM_JSON));
        JsonNode p = r.json();
        assertEquals("problem status: " + r, expected, p.path("status").asInt());
        assertTrue("problem type: " + r, p.path("type").asText().startsWith("urn:lps:problem:"));
        return p;
    }

    /** Whether the problem names this field in {@code errors[].field}. */
    protected static boolean namesField(JsonNode problem, String field) {
        for (JsonNode e : problem.path("errors")) {
            if (field.equals(e.path("field").asText())) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------------------------------------------------
    // waiting

    protected static <T> T await(String what, long timeoutMillis, Callable<T> probe) {
        long end = System.currentTimeMillis() + timeoutMillis;
        Object last = null;
        while (true) {
            try {
                T v = probe.call();
                if (v != null && !Boolean.FALSE.equals(v)) {
                    return v;
                }
            } catch (AssertionError | Exception e) {
                last = e;
            }
            if (System.currentTimeMillis() > end) {
                fail("Timed out waiting for " + what + (last == null ? "" : ": " + last));
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /**
     * Waits until the REST API answers admin/admin and the demo region (loaded in the background) holds at least
     * {@value #DEMO_PERSONS} persons.
     */
    protected static void awaitReady() {
        if (ready) {
            return;
        }
        long start = System.currentTimeMillis();
        await("REST API up and demo region loaded", 240_000, () -> {
            Resp r = get("/persons?limit=1", ADMIN);
            return r.status() == 200 && r.json().path("total").asLong() >= DEMO_PERSONS;
        });
        System.out.println("LPS ready after " + (System.currentTimeMillis() - start) + " ms of polling");
        ready = true;
    }

    // ---------------------------------------------------------------------------------------------------------
    // data

    /** A valid IIN no person holds yet. */
    protected static String newIin(LocalDate birthDate, Sex sex) {
        for (int i = 0; i < 100; i++) {
            Optional<String> iin = Iin.compose(birthDate, sex, 1000 + RANDOM.nextInt(9000));
            if (iin.isPresent() && total("/persons?iin=" + iin.get()) == 0) {
                return iin.get();
            }
        }
        throw new AssertionError("no free IIN");
    }

    /** {@code total} of a paged list, read as admin. */
    protected static long total(String path) {
        Resp r = get(path, ADMIN);
        assertStatus(200, r);
        return r.json().path("total").asLong();
    }

    /** The id of the organisation node with this code (a city/district body). */
    protected static long districtBodyId(String code) {
        Resp r = get("/org-units?kind=DISTRICT_BODY&limit=500", ADMIN);
        assertStatus(200, r);
        for (JsonNode n : r.json().path("items")) {
            if (code.equals(n.path("code").asText())) {
                return n.path("id").asLong();
            }
        }
        throw new AssertionError("no DISTRICT_BODY " + code + " in " + r);
    }

    /** A valid new person's JSON: Kazakh name, birth date and sex matching the IIN, owned by {@code departmentId}. */
    protected static ObjectNode personJson(String iin, long departmentId) {
        Iin parsed = Iin.parse(iin);
        ObjectNode p = JSON.createObjectNode();
        p.put("iin", iin);
        p.put("surname", parsed.sex() == Sex.MALE ? "Сынақбаев" : "Сынақбаева");
        p.put("name", parsed.sex() == Sex.MALE ? "Әлібек" : "Әйгерім");
        p.put("patronymic", parsed.sex() == Sex.MALE ? "Серікұлы" : "Серікқызы");
        p.put("birthDate", parsed.birthDate().toString());
        p.put("sex", parsed.sex().name());
        p.put("citizenship", "KZ");
        p.put("departmentId", departmentId);
        for (String field : List.of("registeredAddress", "actualAddress")) {
            ObjectNode address = p.putObject(field);
            address.put("region", "Сынақ облысы");
            address.put("settlement", "Ақжар");
            address.put("street", "Абай даңғылы");
            address.put("house", "12");
            address.put("apartment", "7");
        }
        return p;
    }

    /** {@link #personJson} with another, possibly invalid, IIN. */
    protected static ObjectNode personJson(String validIin, long departmentId, String iin) {
        ObjectNode p = personJson(validIin, departmentId);
        p.put("iin", iin);
        return p;
    }

    /** Creates a person as admin and returns the 201 answer. */
    protected static Resp createPerson(ObjectNode person) {
        Resp r = post("/persons", ADMIN, person);
        assertStatus(201, r);
        return r;
    }

    // ---------------------------------------------------------------------------------------------------------
    // the sample unit (itests/lps-test-unit) and the shell

    public static final String TEST_UNIT_FEATURE = "lps-test-unit";

    /** Runs a shell command as the given user (lps-admin when no roles are given) and returns its output. */
    protected static String shell(SessionFactory sessionFactory, String user, String command, String... roles)
            throws Exception {
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        if (roles.length == 0) {
            subject.getPrincipals().add(new RolePrincipal("admin"));
            subject.getPrincipals().add(new RolePrincipal("lps-admin"));
        }
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        Session session = sessionFactory.create(new java.io.ByteArrayInputStream(new byte[0]), print, print);
        try {
            Object result = Subject.doAs(subject,
                    (java.security.PrivilegedExceptionAction<Object>) () -> session.execute(command));
            if (result != null) {
                print.println(result);
            }
        } finally {
            session.close();
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    protected static boolean testUnitInstalled(FeaturesService featuresService) throws Exception {
        org.apache.karaf.features.Feature f = featuresService.getFeature(TEST_UNIT_FEATURE);
        return f != null && featuresService.isInstalled(f);
    }

    /** Installs the sample unit's feature unless it is installed. */
    protected static void installTestUnit(FeaturesService featuresService) throws Exception {
        if (!testUnitInstalled(featuresService)) {
            featuresService.addRepository(testUnitFeatures());
            featuresService.installFeature(TEST_UNIT_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        }
    }

    /** Uninstalls the sample unit's feature if it is installed. */
    protected static void uninstallTestUnit(FeaturesService featuresService) throws Exception {
        if (testUnitInstalled(featuresService)) {
            featuresService.uninstallFeature(TEST_UNIT_FEATURE, EnumSet.noneOf(FeaturesService.Option.class));
        }
    }

    protected static URI testUnitFeatures() {
        String path = System.getProperty("lps.testunit.features");
        if (path == null) {
            throw new AssertionError("system property lps.testunit.features not set");
        }
        File f = new File(path);
        assertTrue("sample unit features file " + f + " (build itests/lps-test-unit first)", f.isFile());
        return f.toURI();
    }

    public static final String SAMPLE_HEAD = "sample.head:demo";

    /**
     * Makes sure the sample unit is installed and {@code sample.inspector/demo} and {@code sample.head/demo} exist:
     * demo mode creates them (asynchronously) once the unit is installed, after their demo officers (which give the
     * logins their data scope); the accounts stay after the unit is uninstalled.
     */
    protected static void ensureSampleLogins(FeaturesService featuresService) {
        // an unknown path: the answer is 401 or 404 depending on the login only
        if (get("/no-such-resource", SAMPLE_INSPECTOR).status() == 404
                && get("/no-such-resource", SAMPLE_HEAD).status() == 404) {
            return;
        }
        try {
            installTestUnit(featuresService);
        } catch (Exception e) {
            throw new AssertionError("installing " + TEST_UNIT_FEATURE, e);
        }
        await("login sample.inspector/demo", 60_000, () -> get("/no-such-resource", SAMPLE_INSPECTOR).status() == 404);
        await("login sample.head/demo", 60_000, () -> get("/no-such-resource", SAMPLE_HEAD).status() == 404);
    }

    public static final String DISTRICT_FEATURE = "lps-unit-district";

    /**
     * Installs the district unit's feature unless installed, and waits for its REST endpoint and its demo records
     * (demo mode loads them in the background once the demo logins exist).
     */
    protected static void installDistrictUnit(FeaturesService featuresService) throws Exception {
        installUnit(featuresService, DISTRICT_FEATURE, "/district");
        await("the district unit's demo records", 120_000, () -> {
            Resp r = get("/district/demo", ADMIN);
            return r.status() == 200 && r.json().path("done").asBoolean();
        });
    }

    /** Installs the juvenile unit's feature and waits for its REST endpoint and its demo records. */
    protected static void installJuvenileUnit(FeaturesService featuresService) throws Exception {
        installUnit(featuresService, "lps-unit-juvenile", "/juvenile");
        await("the juvenile unit's demo records", 120_000, () -> {
            Resp r = get("/juvenile/demo", ADMIN);
            return r.status() == 200 && r.json().path("done").asBoolean();
        });
    }

    /**
     * Installs a unit's feature unless it is installed, and waits until the unit's REST endpoint answers
     * ({@code restBase}, e.g. {@code /juvenile}, relative to /api/v1).
     */
    protected static void installUnit(FeaturesService featuresService, String feature, String restBase)
            throws Exception {
        // right after the container starts the features repositories may still be loading
        await("the feature " + feature + " known", 60_000, () -> featuresService.getFeature(feature) != null);
        if (!featuresService.isInstalled(featuresService.getFeature(feature))) {
            featuresService.installFeature(feature, java.util.EnumSet.noneOf(FeaturesService.Option.class));
        }
        await("the REST endpoint " + restBase, 60_000, () -> get(restBase + "/openapi.json", ADMIN).status() == 200);
    }

    /** The officer record a login is tied to (GET /officers?unit=...), or null. */
    protected static JsonNode officerOf(String unit, String login) {
        Resp r = get("/officers?unit=" + unit + "&limit=500", ADMIN);
        assertStatus(200, r);
        for (JsonNode o : r.json().path("items")) {
            if (login.equals(o.path("login").asText())) {
                return o;
            }
        }
        return null;
    }
}
