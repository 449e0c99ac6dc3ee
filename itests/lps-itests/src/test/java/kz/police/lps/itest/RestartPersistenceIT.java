package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.File;
import java.time.LocalDate;

import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;

import com.fasterxml.jackson.databind.JsonNode;

import kz.police.lps.core.api.person.Iin;
import kz.police.lps.core.api.person.Sex;

/**
 * Data survives a restart: each method gets a fresh container (PerMethod), both on the same Derby database folder.
 * The folder is new for every test JVM (its process id in the name), so a run never sees an older run's data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class RestartPersistenceIT extends LpsTestSupport {

    /** Evaluated in the test JVM, where {@link #config()} runs for each container: the same folder for both. */
    static final String DATABASE = new File("target/derby-restart-" + ProcessHandle.current().pid())
            .getAbsolutePath();

    /** Fixed: the second container cannot learn anything from the first but the database. */
    static final String IIN = Iin.compose(LocalDate.of(1984, 4, 12), Sex.FEMALE, 7301)
            .or(() -> Iin.compose(LocalDate.of(1984, 4, 12), Sex.FEMALE, 7302)).orElseThrow();

    @Configuration
    public Option[] config() {
        return lpsDistribution(editConfigurationFilePut("etc/org.ops4j.datasource-lps.cfg", "databaseName", DATABASE));
    }

    @Test
    public void a_createPerson() {
        awaitReady();
        assertEquals("fresh database", 0, total("/persons?iin=" + IIN));
        JsonNode p = createPerson(personJson(IIN, districtBodyId("DEMO-RURAL"))).json();
        assertEquals(IIN, p.path("iin").asText());
        assertEquals(1, total("/persons?iin=" + IIN));
    }

    @Test
    public void b_personSurvivesRestart() {
        awaitReady();
        Resp r = get("/persons?iin=" + IIN, ADMIN);
        assertStatus(200, r);
        assertEquals("person created in the previous container: " + r, 1, r.json().path("total").asLong());
        JsonNode p = r.json().path("items").path(0);
        assertEquals("Сынақбаева", p.path("surname").asText());
        assertEquals("1984-04-12", p.path("birthDate").asText());
        assertEquals(districtBodyId("DEMO-RURAL"), p.path("departmentId").asLong());
        // and the demo region was not loaded twice
        assertEquals(DEMO_PERSONS + 1, total("/persons?limit=1"));
    }
}
