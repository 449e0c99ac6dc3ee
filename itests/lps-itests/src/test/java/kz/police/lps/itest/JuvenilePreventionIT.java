package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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

import kz.police.lps.core.api.person.Sex;

/**
 * Preventive registration, parents and inbound notices of the juvenile unit (WF-J10..J13, WF-J16): a minor placed on
 * the register of minors with a journal number in one transaction with the core's registration, an adult refused
 * with nothing written; the review at 18 (task from the core's sweep, the for-review flag, the card's alert, the
 * review ending in removal); preventive work, acts, forensic registration and the accumulation file; restrictions,
 * parental-rights cases and special-school referrals; the investigator's statement (5 fields, 72 hours), the
 * pre-release notice (20 calendar days, a task), the probation list reconciled; the register statistics report; a
 * district-only user refused (403, audited).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class JuvenilePreventionIT extends LpsTestSupport {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final String INSPECTOR = "juvenile.inspector:demo";
    private static final String HEAD = "juvenile.head:demo";
    private static final String DISTRICT_INSPECTOR = "district.inspector:demo";
    private static final String MINORS = "juvenile.preventive-minors";
    private static final String PARENTS = "juvenile.preventive-parents";

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
        installJuvenileUnit(featuresService);
        await("the juvenile inspector's officer", 60_000, () -> officerOf("juvenile", "juvenile.inspector") != null);
    }

    private static LocalDate today() {
        return LocalDate.now(ALMATY);
    }

    private static long person(LocalDate birthDate, Sex sex) {
        return createPerson(personJson(newIin(birthDate, sex), districtBodyId("DEMO-CITY"))).json().path("id")
                .asLong();
    }

    private static ObjectNode registration(String register, long personId, String ground, LocalDate startedOn) {
        ObjectNode r = JSON.createObjectNode();
        r.put("registerId", register);
        r.put("personId", personId);
        r.put("groundCode", register + "." + ground);
        r.put("basisDocument", "Сот қаулысы № 2-417/2026");
        r.put("basisDate", (startedOn != null ? startedOn : today()).minusDays(2).toString());
        if (startedOn != null) {
            r.put("startedOn", startedOn.toString());
        }
        return r;
    }

    private static JsonNode register(ObjectNode body) {
        Resp r = post("/juvenile/registrations", INSPECTOR, body);
        assertStatus(201, r);
        return r.json();
    }

    private static JsonNode tasksAbout(String kind, String subjectType, long subjectId) {
        Resp r = get("/tasks?kind=" + kind + "&subjectType=" + subjectType + "&subjectId=" + subjectId, ADMIN);
        assertStatus(200, r);
        return r.json().path("items");
    }

    @Test
    public void t01MinorRegisteredWithJournalNumberAdultRefusedWithNothingWritten() {
        long minor = person(today().minusYears(15).minusDays(40), Sex.MALE);
        JsonNode e = register(registration(MINORS, minor, "conditional-early-release", null));
        assertEquals("MINORS", e.path("journal").asText());
        assertTrue("journal number: " + e, e.path("journalNo").asLong() >= 1);
        assertEquals(today().getYear(), e.path("journalYear").asInt());
        assertEquals("ACTIVE", e.path("status").asText());
        assertFalse(e.path("forReview").asBoolean());
        long regId = e.path("registrationId").asLong();
        // the core's registration: the same placement with the journal number among its unit fields
        Resp core = get("/registrations/" + regId, ADMIN);
        assertStatus(200, core);
        assertEquals(MINORS + ".conditional-early-release", core.json().path("groundCode").asText());
        assertEquals(e.path("journalNo").asLong(), core.json().path("extra").path("journalNo").asLong());
        // a second entry of the journal takes the next number
        long second = person(today().minusYears(14), Sex.FEMALE);
        JsonNode e2 = register(registration(MINORS, second, "protective-order", null));
        if (e2.path("departmentId").asLong() == e.path("departmentId").asLong()) {
            assertEquals(e.path("journalNo").asLong() + 1, e2.path("journalNo").asLong());
        }
        assertStatus(200, get("/juvenile/registrations/" + regId, INSPECTOR));

        // an adult on the register of minors: 422 naming the person, neither the core's registration nor an entry
        long adult = person(LocalDate.of(1985, 4, 12), Sex.FEMALE);
        JsonNode p = assertProblem(422, post("/juvenile/registrations", INSPECTOR,
                registration(MINORS, adult, "protective-order", null)));
        assertTrue(p.toString(), namesField(p, "personId"));
        assertEquals(0, total("/registrations?personId=" + adult));
        assertEquals(0, total("/juvenile/registrations?personId=" + adult));
        // a category of another register, a register of another unit: 422
        assertTrue(namesField(assertProblem(422, post("/juvenile/registrations", INSPECTOR,
                registration(MINORS, second, "x", null).put("groundCode", PARENTS
                        + ".failing-duties-negative-influence"))), "groundCode"));
        assertTrue(namesField(assertProblem(422, post("/juvenile/registrations", INSPECTOR,
                registration("district.preventive", adult, "x", null))), "registerId"));

        // the parents' journal takes the adult; a minor is refused there
        JsonNode pe = register(registration(PARENTS, adult, "failing-duties-negative-influence", null));
        assertEquals("PARENTS", pe.path("journal").asText());
        assertTrue("no review for a parent: " + pe, pe.path("reviewOn").isNull() || pe.path("reviewOn").isMissingNode());
        assertTrue(namesField(assertProblem(422, post("/juvenile/registrations", INSPECTOR,
                registration(PARENTS, minor, "failing-duties-negative-influence", null))), "personId"));
        assertEquals(1, total("/juvenile/registrations?journal=PARENTS&personId=" + adult));
    }

    @Test
    public void t02ComingOfAgeGivesAReviewTaskAndTheForReviewFlag() throws Exception {
        // turned 18 five days ago, registered a month ago (then 17)
        LocalDate born = today().minusYears(18).minusDays(5);
        long grown = person(born, Sex.MALE);
        JsonNode e = register(registration(MINORS, grown, "leisure-restriction", today().minusDays(30)));
        long regId = e.path("registrationId").asLong();
        assertTrue("for review: " + e, e.path("forReview").asBoolean());
        assertEquals(born.plusYears(18).toString(), e.path("reviewOn").asText());
        // turns 18 in ten days: a task due on the birthday, not yet for review
        LocalDate bornLater = today().minusYears(18).plusDays(10);
        long soon = person(bornLater, Sex.FEMALE);
        long soonReg = register(registration(MINORS, soon, "protective-order", null)).path("registrationId").asLong();

        assertStatus(200, post("/tasks/sweep", ADMIN, Map.of()));
        JsonNode tasks = tasksAbout("juvenile.preventive-review", "registration", regId);
        assertEquals("one review task: " + tasks, 1, tasks.size());
        JsonNode soonTasks = tasksAbout("juvenile.preventive-review", "registration", soonReg);
        assertEquals(1, soonTasks.size());
        LocalDate due = Instant.parse(soonTasks.path(0).path("dueAt").asText()).atZone(ALMATY).toLocalDate();
        assertEquals("due on the 18th birthday", bornLater.plusYears(18), due);
        // idempotent: a second sweep adds none
        post("/tasks/sweep", ADMIN, Map.of());
        assertEquals(1, tasksAbout("juvenile.preventive-review", "registration", regId).size());

        // the flag in the journal, its filter, the card and its alert
        JsonNode listed = get("/juvenile/registrations?forReview=true&personId=" + grown, INSPECTOR).json();
        assertEquals(1, listed.path("total").asLong());
        assertEquals(0, get("/juvenile/registrations?forReview=true&personId=" + soon, INSPECTOR).json()
                .path("total").asLong());
        assertEquals(1, get("/juvenile/registrations?comingOfAgeDays=30&personId=" + soon, INSPECTOR).json()
                .path("total").asLong());
        Resp card = get("/persons/" + grown + "/card", INSPECTOR);
        assertStatus(200, card);
        assertTrue("alert: " + card.json().path("alerts"), card.body().contains("juvenile.prevention.for-review"));
        assertTrue(card.body().contains("\"forReview\":true"));

        // the head's daily question in the shell: who is up for review or comes of age within 30 days
        String out = shell(sessionFactory, "admin", "juvenile:registrations --days 30 --limit 500");
        assertTrue(out, out.contains(String.valueOf(regId)) && out.contains(String.valueOf(soonReg)));
        assertTrue(out, out.contains("yes"));

        // the review: a keep needs a reason; a removal on a removal ground (If-Match: the registration's version)
        assertTrue(namesField(assertProblem(422, post("/juvenile/registrations/" + regId + "/review", INSPECTOR,
                Map.of("decision", "KEEP"))), "note"));
        String version = get("/registrations/" + regId, ADMIN).header("ETag").orElseThrow();
        Resp removed = post("/juvenile/registrations/" + regId + "/review", INSPECTOR, Map.of("decision", "REMOVE",
                "removalGroundCode", MINORS + ".came-of-age", "note", "18 жасқа толды"), "If-Match", version);
        assertStatus(200, removed);
        assertEquals("REMOVED", removed.json().path("status").asText());
        assertFalse(removed.json().path("forReview").asBoolean());
        assertEquals("REMOVE", removed.json().path("reviewDecision").asText());
        assertEquals("REMOVED", get("/registrations/" + regId, ADMIN).json().path("status").asText());
        assertEquals("DONE", tasksAbout("juvenile.preventive-review", "registration", regId).path(0).path("status")
                .asText());
        assertProblem(409, post("/juvenile/registrations/" + regId + "/review", INSPECTOR, Map.of("decision", "KEEP",
                "note", "x")));
        // a reasoned keep for the one coming of age
        Resp kept = post("/juvenile/registrations/" + soonReg + "/review", INSPECTOR, Map.of("decision", "KEEP",
                "note", "Қорғау нұсқамасы күшінде / защитное предписание действует"));
        assertStatus(200, kept);
        assertEquals("KEEP", kept.json().path("reviewDecision").asText());
        assertEquals("ACTIVE", kept.json().path("status").asText());
    }

    @Test
    public void t03PreventiveWorkActsForensicAndTheAccumulationFile() {
        long minor = person(today().minusYears(13), Sex.MALE);
        long regId = register(registration(MINORS, minor, "under-age-of-responsibility", null))
                .path("registrationId").asLong();
        String base = "/juvenile/registrations/" + regId;
        assertStatus(201, post(base + "/work", INSPECTOR, Map.of("kind", "HOME_VISIT", "address",
                "Абай даңғылы 12-7", "participants", "анасы / мать")));
        assertTrue(namesField(assertProblem(422, post(base + "/acts", INSPECTOR, Map.of("address", "Абай 12-7"))),
                "findings"));
        assertStatus(201, post(base + "/acts", INSPECTOR, Map.of("address", "Абай 12-7", "findings",
                "Тұрмыстық жағдайы қанағаттанарлық / условия удовлетворительные")));
        assertTrue(namesField(assertProblem(422, post(base + "/forensic", INSPECTOR, Map.of("materials", List.of()))),
                "materials"));
        assertStatus(201, post(base + "/forensic", INSPECTOR, Map.of("materials", List.of("PHOTO", "FINGERPRINTS"))));
        assertStatus(201, post(base + "/accumulation-file/copies", INSPECTOR, Map.of("requestedBy",
                "Тергеуші А. Нұрланов, ҚБ", "requestedOn", today().toString(), "documents",
                "мінездеме, әңгімелер актілері")));
        JsonNode file = get(base + "/accumulation-file", INSPECTOR).json();
        assertEquals(regId, file.path("journalEntry").path("registrationId").asLong());
        assertEquals(1, file.path("work").size());
        assertEquals(1, file.path("acts").size());
        assertEquals(2, file.path("forensic").path(0).path("materials").size());
        assertEquals(1, file.path("copies").size());
    }

    @Test
    public void t04RestrictionsParentalRightsAndReferrals() {
        long minor = person(today().minusYears(12), Sex.FEMALE);
        long parent = person(LocalDate.of(1982, 2, 2), Sex.MALE);
        assertTrue(namesField(assertProblem(422, post("/juvenile/restrictions", INSPECTOR, Map.of("personId", parent,
                "childPersonId", minor, "kind", "TEMPORARY_PROHIBITION", "place", "пәтер", "basis",
                "балаға қауіп"))), "validUntil"));
        Resp r = post("/juvenile/restrictions", INSPECTOR, Map.of("personId", parent, "childPersonId", minor, "kind",
                "TEMPORARY_PROHIBITION", "place", "Абай даңғылы 12-7", "basis", "баланың өміріне қауіп",
                "validUntil", today().plusDays(30).toString()));
        assertStatus(201, r);
        assertTrue(r.json().path("inForce").asBoolean());

        // parental rights go through the Commission
        assertTrue(namesField(assertProblem(422, post("/juvenile/parental-rights-cases", INSPECTOR, Map.of(
                "minorPersonId", minor, "parentPersonId", parent, "ground", "DEPRIVATION", "addressee", "COURT"))),
                "addressee"));
        Resp c = post("/juvenile/parental-rights-cases", INSPECTOR, Map.of("minorPersonId", minor, "parentPersonId",
                parent, "ground", "LIMITATION", "evidence", "тексеру актісі, мектеп мінездемесі"));
        assertStatus(201, c);
        assertEquals("COMMISSION", c.json().path("addressee").asText());
        String path = "/juvenile/parental-rights-cases/" + c.json().path("id").asLong();
        String etag = c.header("ETag").orElseThrow();
        assertProblem(409, post(path + "/steps", INSPECTOR, Map.of("step", "DECIDED", "decision", "GRANTED"),
                "If-Match", etag));
        for (String step : List.of("SENT", "CLAIM_FILED")) {
            Resp s = post(path + "/steps", INSPECTOR, Map.of("step", step), "If-Match", etag);
            assertStatus(200, s);
            etag = s.header("ETag").orElseThrow();
        }
        Resp decided = post(path + "/steps", INSPECTOR, Map.of("step", "DECIDED", "decision", "GRANTED"), "If-Match",
                etag);
        assertStatus(200, decided);
        assertEquals("DECIDED", decided.json().path("status").asText());

        // a special-school referral only on evasion of schooling or a criminal offence
        long before = total("/juvenile/referrals?personId=" + minor);
        assertTrue(namesField(assertProblem(422, post("/juvenile/referrals", INSPECTOR, Map.of("minorPersonId", minor,
                "ground", "BAD_BEHAVIOUR", "addressee", "COURT"))), "ground"));
        assertEquals(before, total("/juvenile/referrals?personId=" + minor));
        Resp ref = post("/juvenile/referrals", INSPECTOR, Map.of("minorPersonId", minor, "ground",
                "EVASION_OF_SCHOOLING", "addressee", "COURT"));
        assertStatus(201, ref);
        assertEquals("PREPARING", ref.json().path("status").asText());
        String refPath = "/juvenile/referrals/" + ref.json().path("id").asLong();
        Resp sent = post(refPath + "/steps", INSPECTOR, Map.of("step", "SENT"), "If-Match",
                ref.header("ETag").orElseThrow());
        assertStatus(200, sent);
        assertProblem(409, post(refPath + "/steps", INSPECTOR, Map.of("step", "CLAIM_FILED"), "If-Match",
                sent.header("ETag").orElseThrow()));
        Resp done = post(refPath + "/steps", INSPECTOR, Map.of("step", "DECIDED", "decision", "REFUSED"), "If-Match",
                sent.header("ETag").orElseThrow());
        assertStatus(200, done);
    }

    private static ObjectNode statement(long personId, Instant decisionAt) {
        ObjectNode n = JSON.createObjectNode();
        n.put("kind", "STATEMENT");
        n.put("personId", personId);
        n.put("sender", "Тергеуші Б. Омаров, Алматы ауданы ПБ");
        n.put("eventAt", decisionAt.toString());
        n.put("fabula", "2026 жылы ... ұрлық жасады");
        n.put("qualification", "ҚК 188-бабы 2-бөлігі");
        n.put("preventiveMeasure", "ата-анасының қадағалауына беру");
        n.put("sentToProsecutorOn", today().minusDays(1).toString());
        n.put("characterisation", "тергеу кезінде тәртібі қанағаттанарлық");
        return n;
    }

    @Test
    public void t05StatementFieldsAndTheSeventyTwoHourDeadline() throws Exception {
        long minor = person(today().minusYears(16), Sex.MALE);
        long before = total("/juvenile/inbound-notices?personId=" + minor);
        ObjectNode missing = statement(minor, Instant.now().minus(1, ChronoUnit.DAYS));
        missing.remove("characterisation");
        missing.remove("sentToProsecutorOn");
        JsonNode p = assertProblem(422, post("/juvenile/inbound-notices", INSPECTOR, missing));
        assertTrue(p.toString(), namesField(p, "characterisation"));
        assertTrue(p.toString(), namesField(p, "sentToProsecutorOn"));
        assertEquals("nothing written", before, total("/juvenile/inbound-notices?personId=" + minor));

        Resp late = post("/juvenile/inbound-notices", INSPECTOR, statement(minor,
                Instant.now().minus(4, ChronoUnit.DAYS)));
        assertStatus(201, late);
        assertTrue("4 days after the decision: " + late.json(), late.json().path("late").asBoolean());
        assertTrue(late.json().path("lateHours").asLong() >= 23);
        Resp inTime = post("/juvenile/inbound-notices", INSPECTOR, statement(minor,
                Instant.now().minus(48, ChronoUnit.HOURS)));
        assertStatus(201, inTime);
        assertFalse("within 72 hours: " + inTime.json(), inTime.json().path("late").asBoolean());
        assertEquals(0, inTime.json().path("lateHours").asLong());
        assertEquals(1, total("/juvenile/inbound-notices?late=true&personId=" + minor));
        String out = shell(sessionFactory, "admin", "juvenile:notices --limit 500");
        assertTrue(out, out.contains(String.valueOf(late.json().path("id").asLong())));

        // the notice of an offence needs a minor on the register
        assertTrue(namesField(assertProblem(422, post("/juvenile/inbound-notices", INSPECTOR, Map.of("kind",
                "OFFENCE_NOTICE", "personId", minor, "sender", "Тергеуші", "eventAt",
                Instant.now().minus(1, ChronoUnit.DAYS).toString()))), "personId"));
    }

    @Test
    public void t06PreReleaseNoticeFifteenDaysBeforeIsLateAndGivesATask() {
        long minor = person(today().minusYears(17), Sex.MALE);
        LocalDate release = today().plusDays(15);
        Resp r = post("/juvenile/inbound-notices", INSPECTOR, Map.of("kind", "PRE_RELEASE", "personId", minor,
                "sender", "ҚАЖ мекемесі ЛА-155/2", "releaseOn", release.toString()));
        assertStatus(201, r);
        assertTrue(r.json().toString(), r.json().path("late").asBoolean());
        assertEquals(5, r.json().path("lateDays").asLong());
        long taskId = r.json().path("taskId").asLong();
        assertTrue(taskId > 0);
        JsonNode task = get("/tasks/" + taskId, ADMIN).json();
        assertEquals("juvenile.pre-release-preparation", task.path("kind").asText());
        assertEquals(release, Instant.parse(task.path("dueAt").asText()).atZone(ALMATY).toLocalDate());
        // 25 days before: in time
        Resp ok = post("/juvenile/inbound-notices", INSPECTOR, Map.of("kind", "PRE_RELEASE", "personId", minor,
                "sender", "ҚАЖ мекемесі ЛА-155/2", "releaseOn", today().plusDays(25).toString()));
        assertStatus(201, ok);
        assertFalse(ok.json().path("late").asBoolean());
    }

    @Test
    public void t07ProbationListReconciledAgainstTheRegister() {
        long registered = person(today().minusYears(16).minusDays(3), Sex.MALE);
        register(registration(MINORS, registered, "non-custodial-preventive-measure", null));
        long notRegistered = person(today().minusYears(15).minusDays(9), Sex.FEMALE);
        String unknownIin = newIin(today().minusYears(16).minusDays(77), Sex.MALE);
        String iinRegistered = get("/persons/" + registered, ADMIN).json().path("iin").asText();
        String iinNot = get("/persons/" + notRegistered, ADMIN).json().path("iin").asText();
        ObjectNode list = JSON.createObjectNode();
        list.put("month", today().minusMonths(1).toString().substring(0, 7));
        list.put("sender", "Пробация қызметі, Алматы ауданы");
        ArrayNode items = list.putArray("items");
        items.addObject().put("iin", iinRegistered).put("listKind", "REGISTERED");
        items.addObject().put("iin", iinNot).put("listKind", "REGISTERED");
        items.addObject().put("iin", unknownIin).put("listKind", "REMOVED");
        items.addObject().put("iin", iinRegistered).put("listKind", "REMOVED");
        Resp r = post("/juvenile/probation-lists", INSPECTOR, list);
        assertStatus(201, r);
        List<String> results = new java.util.ArrayList<>();
        r.json().path("items").forEach(i -> results.add(i.path("result").asText()));
        assertEquals(List.of("CONSISTENT", "NOT_REGISTERED", "UNKNOWN_PERSON", "REMOVED_BUT_REGISTERED"), results);
        assertEquals(3, r.json().path("discrepancies").asInt());
        assertStatus(200, get("/juvenile/probation-lists/" + r.json().path("id").asLong(), HEAD));
        items.addObject().put("iin", "123").put("listKind", "REMOVED");
        assertTrue(namesField(assertProblem(422, post("/juvenile/probation-lists", INSPECTOR, list)),
                "items[4].iin"));
    }

    @Test
    public void t08RegisterStatisticsReportToDoneWithCsv() {
        long minor = person(today().minusYears(15).minusDays(11), Sex.FEMALE);
        register(registration(MINORS, minor, "conditional-early-release", null));
        ObjectNode body = JSON.createObjectNode();
        body.put("period", today().toString().substring(0, 7));
        Resp start = post("/reports/juvenile.register-statistics/runs", HEAD, body);
        assertStatus(202, start);
        String run = java.net.URI.create(start.header("Location").orElseThrow()).getPath()
                .replaceFirst("^/api/v1", "");
        JsonNode done = await("the report run finished", 60_000, () -> {
            JsonNode j = get(run, HEAD).json();
            return List.of("DONE", "FAILED", "CANCELLED").contains(j.path("state").asText()) ? j : null;
        });
        assertEquals("run: " + done, "DONE", done.path("state").asText());
        Resp csv = get(run + "/result?format=csv&lang=en", HEAD);
        assertStatus(200, csv);
        assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().contains("Conditionally released early"));
        Resp json = get(run + "/result?format=json", HEAD);
        assertStatus(200, json);
        assertTrue(json.body(), json.body().contains("chart"));
    }

    @Test
    public void t09ADistrictOnlyUserIsRefusedAndAudited() throws Exception {
        installDistrictUnit(featuresService);
        await("demo officers of the district unit", 60_000, () -> officerOf("district", "district.inspector") != null);
        long minor = person(today().minusYears(14).minusDays(20), Sex.MALE);
        long regId = register(registration(MINORS, minor, "protective-order", null)).path("registrationId").asLong();
        assertProblem(403, get("/registrations/" + regId, DISTRICT_INSPECTOR));
        assertProblem(403, get("/juvenile/registrations/" + regId, DISTRICT_INSPECTOR));
        assertProblem(403, get("/juvenile/registrations/" + regId + "/accumulation-file", DISTRICT_INSPECTOR));
        assertProblem(403, post("/juvenile/registrations", DISTRICT_INSPECTOR, registration(MINORS, minor,
                "protective-order", null)));
        for (String subject : List.of("registration", "juvenile.journal-entry")) {
            await("DENIED audit row of " + subject, 10_000, () -> {
                for (JsonNode row : get("/audit?user=district.inspector&subjectType=" + subject + "&subjectId=" + regId,
                        ADMIN).json().path("items")) {
                    if ("DENIED".equals(row.path("outcome").asText())) {
                        return true;
                    }
                }
                return false;
            });
        }
        assertNotNull(get("/juvenile/registrations/" + regId, HEAD).json().path("journalNo"));
    }
}
