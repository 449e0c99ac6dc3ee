package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.apache.karaf.features.FeaturesService;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Benchmark, not a test of correctness (run with {@code -Pbenchmark}; {@code -Dlps.benchmark.entries=100000}):
 * how long the task scheduler takes to compute the planned-check tasks of N registrations on a preventive register
 * (the sample unit's {@code sample.watch}, checks once a month), first when all N are new and then on a run that
 * finds them all made. Persons and registrations are seeded with plain JDBC batches into the real Derby database,
 * the way a bulk import would; the scheduler then runs as in production (started over REST). The figures are
 * printed and written to {@code target/benchmark-tasks.md}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TaskGenerationBenchmark extends LpsTestSupport {

    private static final String ENTRIES = "lps.benchmark.entries";
    private static final String OUT = "lps.benchmark.out";
    private static final long FIRST_ID = 50_000_000L;
    private static final int BATCH = 1000;

    @Inject
    FeaturesService featuresService;

    @Inject
    @Filter("(osgi.jndi.service.name=lps)")
    DataSource dataSource;

    @Configuration
    public Option[] config() {
        return lpsDistribution(
                editConfigurationFilePut("etc/system.properties", ENTRIES, System.getProperty(ENTRIES, "100000")),
                editConfigurationFilePut("etc/system.properties", OUT, System.getProperty(OUT,
                        Path.of("target", "benchmark-tasks.md").toAbsolutePath().toString())));
    }

    @Test
    public void planned_checks_of_a_large_register() throws Exception {
        awaitReady();
        ensureSampleLogins(featuresService);
        await("the sample.watch register", 30_000, () -> get("/registers/sample.watch", ADMIN).status() == 200);
        int n = Integer.getInteger(ENTRIES, 100_000);
        JsonNode inspector = officerOf("sample", "sample.inspector");
        assertNotNull("sample.inspector's officer", inspector);
        long department = inspector.path("departmentId").asLong();

        long t0 = System.nanoTime();
        seed(n, department, inspector.path("id").asLong());
        long seedMillis = (System.nanoTime() - t0) / 1_000_000;

        System.gc();
        long heapBefore = heapUsed();
        JsonNode first = sweep();
        long heapAfterFirst = heapUsed();
        JsonNode second = sweep();
        long made = count("SELECT COUNT(*) FROM LPS_TASK WHERE KIND = 'core.register-check'");
        assertEquals("one check task per registration", n, made);

        List<String> rows = new ArrayList<>();
        rows.add("| figure | value |");
        rows.add("|---|---|");
        rows.add("| registrations on the register (N) | " + n + " |");
        rows.add("| seeding N persons + N registrations (JDBC batches of " + BATCH + ") | " + seedMillis + " ms |");
        rows.add("| scheduler run 1: tasks created | " + first.path("created").asInt() + " |");
        rows.add("| scheduler run 1: time | " + first.path("millis").asLong() + " ms (" + rate(first.path("created").asInt(), first.path("millis").asLong())
                + " tasks/s) |");
        rows.add("| scheduler run 2 (all made): tasks created | " + second.path("created").asInt() + " |");
        rows.add("| scheduler run 2: time | " + second.path("millis").asLong() + " ms |");
        rows.add("| heap used before run 1 / after run 1 | " + mib(heapBefore) + " / " + mib(heapAfterFirst)
                + " MiB (max " + mib(Runtime.getRuntime().maxMemory()) + " MiB) |");
        report(rows);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** N persons and one active registration each on sample.watch (ground with monthly checks). */
    private void seed(int n, long department, long officer) throws SQLException {
        String path = path(department);
        Timestamp now = Timestamp.from(Instant.now());
        Date started = Date.valueOf(LocalDate.now().minusMonths(2));
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement person = c.prepareStatement("INSERT INTO LPS_PERSON (ID, IIN, SURNAME, NAME, "
                    + "FULL_NAME_KEY, GIVEN_NAME_KEY, BIRTH_DATE, SEX, CITIZENSHIP, DEPARTMENT_ID, DEPARTMENT_PATH, "
                    + "CREATED_AT, UPDATED_AT, VERSION) VALUES (?, ?, ?, ?, ?, ?, ?, 'MALE', 'KZ', ?, ?, ?, ?, 1)");
                    PreparedStatement registration = c.prepareStatement("INSERT INTO LPS_REGISTRATION (ID, "
                            + "REGISTER_ID, UNIT_ID, PERSON_ID, GROUND_CODE, BASIS_DOCUMENT, DEPARTMENT_ID, "
                            + "DEPARTMENT_PATH, RESPONSIBLE_OFFICER_ID, STARTED_ON, STATUS, ACTIVE_LOCK, CREATED_BY, "
                            + "CREATED_AT, VERSION) VALUES (?, 'sample.watch', 'sample', ?, "
                            + "'sample.watch.court-order', 'court decision', ?, ?, ?, ?, 'ACTIVE', 1, 'benchmark', ?, "
                            + "1)")) {
                for (int i = 0; i < n; i++) {
                    long id = FIRST_ID + i;
                    String surname = "Бенчмарк" + i;
                    person.setLong(1, id);
                    person.setString(2, String.format("%012d", 800_000_000_000L + i));
                    person.setString(3, surname);
                    person.setString(4, "Тест");
                    person.setString(5, surname.toUpperCase() + " ТЕСТ");
                    person.setString(6, "ТЕСТ " + surname.toUpperCase());
                    person.setDate(7, Date.valueOf(LocalDate.of(1980, 1, 1).plusDays(i % 9000)));
                    person.setLong(8, department);
                    person.setString(9, path);
                    person.setTimestamp(10, now);
                    person.setTimestamp(11, now);
                    person.addBatch();
                    registration.setLong(1, id);
                    registration.setLong(2, id);
                    registration.setLong(3, department);
                    registration.setString(4, path);
                    registration.setLong(5, officer);
                    registration.setDate(6, started);
                    registration.setTimestamp(7, now);
                    registration.addBatch();
                    if ((i + 1) % BATCH == 0 || i == n - 1) {
                        person.executeBatch();
                        registration.executeBatch();
                    }
                }
            }
        }
    }

    /** One run of the task scheduler, through REST as an administrator would start it. */
    private static JsonNode sweep() {
        Resp r = http(java.time.Duration.ofMinutes(20), "POST", "/tasks/sweep", ADMIN, "{}");
        assertStatus(200, r);
        return r.json();
    }

    private String path(long department) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT PATH FROM LPS_ORG_UNIT WHERE ID = " + department)) {
            r.next();
            return r.getString(1);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long heapUsed() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static long rate(int count, long millis) {
        return millis == 0 ? count : count * 1000L / millis;
    }

    private static void report(List<String> rows) throws IOException {
        String text = "# Task generation benchmark (" + Instant.now() + ")\n\n" + String.join("\n", rows) + "\n";
        System.out.println(text);
        Path out = Path.of(System.getProperty(OUT, "benchmark-tasks.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }
}
