package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
 * The district unit's citizen reception (WF-8, WF-9), presentations (WF-13), significant information (WF-14) and the
 * person-card parts, over REST as the roles that use them: the head approves a point's reception schedule, the
 * inspector enters receptions (an offence report becomes an application of the core intake in the same transaction)
 * and issues presentations whose response deadline (a configurable norm) is a task completed on execution. Each
 * method stands alone; they run in name order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class DistrictReceptionIT extends LpsTestSupport {

    private static final String INSPECTOR = "district.inspector:demo";
    private static final String HEAD = "district.head:demo";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final String NORM = "district.presentation.response-deadline";

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
        installDistrictUnit(featuresService);
        await("demo officers of the district unit", 60_000, () -> officerOf("district", "district.inspector") != null
                && officerOf("district", "district.head") != null);
        await("login district.inspector/demo", 60_000, () -> get("/no-such-resource", INSPECTOR).status() == 404);
        await("login district.head/demo", 60_000, () -> get("/no-such-resource", HEAD).status() == 404);
    }

    // ---------------------------------------------------------------------------------------------------------

    @Test
    public void t01ScheduleApprovedByTheHeadOnlyOneInForce() {
        long point = pointId("DEMO-CITY-UPP-02");
        String base = "/district/points/" + point + "/reception-schedules";
        // the demo data may have approved one already
        Resp demo = get(base + "/in-force", INSPECTOR);
        Long demoInForce = demo.status() == 200 ? demo.json().path("id").asLong() : null;
        if (demoInForce == null) {
            assertProblem(404, demo);
        }
        int schedules = get(base, INSPECTOR).json().size();

        // the plate's data is checked: a bad phone and a period ending before it starts are named
        ObjectNode bad = schedule(List.of(slot("MONDAY", "09:00", "13:00")));
        bad.put("pointPhone", "call me");
        ((ObjectNode) bad.get("operatingHours").get(0)).put("to", "08:00");
        JsonNode p = assertProblem(422, post(base, INSPECTOR, bad));
        assertTrue(p.toString(), namesField(p, "pointPhone"));
        assertTrue(p.toString(), namesField(p, "operatingHours[0].to"));
        assertEquals("nothing written", schedules, get(base, INSPECTOR).json().size());
        // a node that is not a police point
        assertProblem(404, get("/district/points/" + districtBodyId("DEMO-CITY") + "/reception-schedules", INSPECTOR));

        Resp draft = post(base, INSPECTOR, schedule(List.of(slot("MONDAY", "09:00", "13:00"),
                slot("THURSDAY", "15:00", "18:00"))));
        assertStatus(201, draft);
        long first = draft.json().path("id").asLong();
        assertEquals("DRAFT", draft.json().path("status").asText());
        assertEquals("THURSDAY", draft.json().path("receptionHours").path(1).path("day").asText());
        String etag = draft.header("ETag").orElseThrow();

        // BR-24 (L629-630): the inspector may not approve it, and the refusal is audited
        assertProblem(403, post(base + "/" + first + "/approval", INSPECTOR, Map.of(), "If-Match", etag));
        await("the refusal audited", 10_000, () -> {
            for (JsonNode a : get("/audit?subjectType=district.reception-schedule&limit=100", ADMIN).json()
                    .path("items")) {
                if ("DENIED".equals(a.path("outcome").asText())
                        && "district.inspector".equals(a.path("username").asText())) {
                    return true;
                }
            }
            return false;
        });
        assertProblem(428, post(base + "/" + first + "/approval", HEAD, Map.of()));
        Resp approved = post(base + "/" + first + "/approval", HEAD, Map.of(), "If-Match", etag);
        assertStatus(200, approved);
        assertEquals("APPROVED", approved.json().path("status").asText());
        assertEquals("district.head", approved.json().path("approvedBy").asText());
        assertProblem(409, post(base + "/" + first + "/approval", HEAD, Map.of(), "If-Match",
                approved.header("ETag").orElseThrow()));
        assertEquals(first, get(base + "/in-force", INSPECTOR).json().path("id").asLong());
        if (demoInForce != null) {
            assertEquals("SUPERSEDED", get(base + "/" + demoInForce, INSPECTOR).json().path("status").asText());
        }

        // a newer approved schedule supersedes it
        Resp second = post(base, INSPECTOR, schedule(everyDay()));
        assertStatus(201, second);
        long secondId = second.json().path("id").asLong();
        assertEquals("still the first in force", first, get(base + "/in-force", INSPECTOR).json().path("id").asLong());
        assertStatus(200, post(base + "/" + secondId + "/approval", HEAD, Map.of(), "If-Match",
                second.header("ETag").orElseThrow()));
        Resp inForce = get(base + "/in-force", INSPECTOR);
        assertEquals(secondId, inForce.json().path("id").asLong());
        assertEquals("+7 727 000 00 02", inForce.json().path("dutyUnitPhone").asText());
        JsonNode old = get(base + "/" + first, INSPECTOR).json();
        assertEquals("SUPERSEDED", old.path("status").asText());
        assertEquals(secondId, old.path("supersededById").asLong());
        assertEquals(schedules + 2, get(base, HEAD).json().size());
    }

    @Test
    public void t02OffenceReportAtTheReceptionIsAnApplication() {
        long point = pointId("DEMO-CITY-UPP-01");
        approveSchedule(point, List.of(slot("MONDAY", "09:00", "13:00"), slot("THURSDAY", "15:00", "18:00")));
        long person = newPerson(LocalDate.of(1984, 3, 9), Sex.MALE);
        long inspectorId = officerOf("district", "district.inspector").path("id").asLong();
        ObjectNode r = reception(point, "Көрші пәтерден ұрлық туралы хабарлама");
        r.put("visitorPersonId", person);
        r.put("filing", "OFFENCE_REPORT");
        r.put("actionTaken", "Арыз қабылданды, тіркелді");
        Resp created = post("/district/receptions", INSPECTOR, r);
        assertStatus(201, created);
        JsonNode rec = created.json();
        assertEquals(inspectorId, rec.path("officerId").asLong());
        long applicationId = rec.path("applicationId").asLong();
        assertTrue("application number " + rec, rec.path("applicationNumber").asText().contains("DEMO-CITY-UPP-01"));
        // flagged when outside the approved schedule's hours (the test runs at any hour)
        LocalDateTime local = Instant.parse(rec.path("receivedAt").asText()).atZone(ALMATY).toLocalDateTime();
        boolean inHours = local.getDayOfWeek() == DayOfWeek.MONDAY && within(local, "09:00", "13:00")
                || local.getDayOfWeek() == DayOfWeek.THURSDAY && within(local, "15:00", "18:00");
        assertEquals(rec.toString(), !inHours, rec.path("outsideSchedule").asBoolean());

        // the core's application: same person, numbered, given to the receiving inspector, deadline from the norm
        Resp application = get("/applications/" + applicationId, INSPECTOR);
        assertStatus(200, application);
        JsonNode a = application.json();
        assertEquals("district.offence-report", a.path("kindCode").asText());
        assertEquals(person, a.path("applicant").path("personId").asLong());
        assertEquals("IN_PERSON", a.path("channel").asText());
        assertEquals(rec.path("applicationNumber").asText(), a.path("number").asText());
        assertEquals(point, a.path("departmentId").asLong());
        assertEquals("ASSIGNED", a.path("status").asText());
        assertEquals(inspectorId, a.path("assigneeId").asLong());
        assertEquals("district.application.decision-deadline", a.path("normKey").asText());
        LocalDate received = Instant.parse(a.path("receivedAt").asText()).atZone(ALMATY).toLocalDate();
        assertEquals("15 calendar days (configurable)", received.plusDays(15),
                Instant.parse(a.path("dueAt").asText()).atZone(ALMATY).toLocalDate());
        JsonNode decisionTasks = get("/tasks?kind=core.application-decision&subjectType=application&subjectId="
                + applicationId, INSPECTOR).json();
        assertEquals(1, decisionTasks.path("total").asLong());
        assertEquals(inspectorId, decisionTasks.path("items").path(0).path("assigneeId").asLong());

        // a visitor who is not identified: name and contact; an appeal is an application of the other kind
        ObjectNode anonymous = reception(point, "Аула шуы туралы шағым");
        anonymous.put("visitorName", "Сейітов Болат");
        anonymous.put("visitorContact", "+7 701 000 00 00");
        anonymous.put("filing", "APPEAL");
        anonymous.put("receivedAt", Instant.now().minus(40, ChronoUnit.DAYS).toString());
        Resp appeal = post("/district/receptions", INSPECTOR, anonymous);
        assertStatus(201, appeal);
        assertTrue("no schedule was in force 40 days ago: flagged", appeal.json().path("outsideSchedule").asBoolean());
        JsonNode appealApp = get("/applications/" + appeal.json().path("applicationId").asLong(), INSPECTOR).json();
        assertEquals("district.citizen-reception", appealApp.path("kindCode").asText());
        assertEquals("Сейітов Болат", appealApp.path("applicant").path("name").asText());
        JsonNode flagged = get("/district/receptions?point=" + point + "&outsideSchedule=true", INSPECTOR).json();
        assertTrue(flagged.toString(), ids(flagged).contains(appeal.json().path("id").asLong()));

        // a reception with no filing is a journal entry only
        ObjectNode plain = reception(point, "Анықтама беру тәртібі туралы сұрақ");
        plain.put("visitorPersonId", person);
        Resp journalOnly = post("/district/receptions", INSPECTOR, plain);
        assertStatus(201, journalOnly);
        assertFalse(journalOnly.toString(), journalOnly.json().hasNonNull("applicationId"));
        assertEquals(2, get("/district/receptions?person=" + person, INSPECTOR).json().path("total").asLong());
        assertEquals(1, total("/applications?personId=" + person));
    }

    @Test
    public void t03BadReceptionWritesNothing() {
        long point = pointId("DEMO-CITY-UPP-01");
        long person = newPerson(LocalDate.of(1991, 7, 21), Sex.FEMALE);
        long receptions = total("/district/receptions");
        long applications = total("/applications");

        ObjectNode noSubject = reception(point, null);
        noSubject.put("visitorPersonId", person);
        noSubject.put("filing", "OFFENCE_REPORT");
        JsonNode p = assertProblem(422, post("/district/receptions", INSPECTOR, noSubject));
        assertTrue(p.toString(), namesField(p, "subject"));

        ObjectNode unknownPerson = reception(point, "Ұрлық туралы хабарлама");
        unknownPerson.put("visitorPersonId", Long.MAX_VALUE);
        unknownPerson.put("filing", "OFFENCE_REPORT");
        assertTrue(namesField(assertProblem(422, post("/district/receptions", INSPECTOR, unknownPerson)),
                "visitorPersonId"));

        ObjectNode nobody = reception(point, "Ұрлық туралы хабарлама");
        nobody.put("visitorName", "Белгісіз азамат");
        assertTrue(namesField(assertProblem(422, post("/district/receptions", INSPECTOR, nobody)), "visitorContact"));

        ObjectNode notAPoint = reception(districtBodyId("DEMO-CITY"), "Ұрлық туралы хабарлама");
        notAPoint.put("visitorPersonId", person);
        assertTrue(namesField(assertProblem(422, post("/district/receptions", INSPECTOR, notAPoint)), "pointId"));
        // another unit's police point (in the inspector's scope) is not a district police point either
        long foreign = foreignPoint();
        ObjectNode atForeign = reception(foreign, "Ұрлық туралы хабарлама");
        atForeign.put("visitorPersonId", person);
        assertTrue(namesField(assertProblem(422, post("/district/receptions", INSPECTOR, atForeign)), "pointId"));
        assertProblem(404, get("/district/points/" + foreign + "/reception-schedules", INSPECTOR));
        assertTrue(namesField(assertProblem(422, get("/district/accumulation-file?pointId=" + foreign, INSPECTOR)),
                "pointId"));

        ObjectNode future = reception(point, "Ұрлық туралы хабарлама");
        future.put("visitorPersonId", person);
        future.put("receivedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        assertTrue(namesField(assertProblem(422, post("/district/receptions", INSPECTOR, future)), "receivedAt"));

        ObjectNode otherUnit = reception(point, "Ұрлық туралы хабарлама");
        otherUnit.put("visitorPersonId", person);
        assertProblem(403, post("/district/receptions", otherUnitLogin(), otherUnit));

        assertEquals("no journal entry", receptions, total("/district/receptions"));
        assertEquals("no application either", applications, total("/applications"));
    }

    @Test
    public void t04PresentationWithTheConfigurableDeadlineAsATask() {
        long inspectorId = officerOf("district", "district.inspector").path("id").asLong();
        // the norm is registered as configurable (the textbook gives no deadline)
        JsonNode norm = get("/norms/" + NORM, ADMIN).json();
        assertEquals("CONFIGURABLE", norm.path("binding").asText());
        assertEquals("CALENDAR_DAYS", norm.path("unit").asText());
        assertEquals(30, norm.path("value").asInt());

        // a bad BIN is refused naming the field, and nothing is written
        long before = total("/district/presentations");
        ObjectNode badBin = entityPresentation("971240001316");
        JsonNode p = assertProblem(422, post("/district/presentations", INSPECTOR, badBin));
        assertTrue(p.toString(), namesField(p, "entityBin"));
        JsonNode en = assertProblem(422, post("/district/presentations", INSPECTOR, badBin, "Accept-Language", "en"));
        assertEquals("The BIN check digit does not match.", en.path("errors").path(0).path("message").asText());
        assertTrue(namesField(assertProblem(422, post("/district/presentations", INSPECTOR,
                entityPresentation("97124000131"))), "entityBin"));
        ObjectNode both = entityPresentation("971240001315");
        both.put("personId", newPerson(LocalDate.of(1970, 1, 5), Sex.MALE));
        assertTrue(namesField(assertProblem(422, post("/district/presentations", INSPECTOR, both)), "personId"));
        assertEquals(before, total("/district/presentations"));

        // issued two days ago: the task is due at the end of the 30th calendar day after
        LocalDate issuedOn = LocalDate.now(ALMATY).minusDays(2);
        ObjectNode ok = entityPresentation("971240001315");
        ok.put("issuedOn", issuedOn.toString());
        Resp issued = post("/district/presentations", INSPECTOR, ok);
        assertStatus(201, issued);
        JsonNode pr = issued.json();
        assertEquals("ISSUED", pr.path("status").asText());
        assertTrue(pr.path("number").asText(), pr.path("number").asText().matches(".+-PR-" + issuedOn.getYear()
                + "-\\d{5}"));
        JsonNode task = get("/tasks/" + pr.path("taskId").asLong(), INSPECTOR).json();
        assertEquals("district.presentation-execution", task.path("kind").asText());
        assertEquals(NORM, task.path("normKey").asText());
        assertEquals(inspectorId, task.path("assigneeId").asLong());
        assertEquals("OPEN", task.path("status").asText());
        assertEquals(issuedOn.plusDays(30), Instant.parse(task.path("dueAt").asText()).atZone(ALMATY).toLocalDate());
        assertEquals(task.path("dueAt").asText(), pr.path("dueAt").asText());

        // the region sets its own value: the next presentation's task follows it
        long region = regionId();
        assertStatus(200, put("/norms/" + NORM + "/overrides/" + region, ADMIN,
                Map.of("value", 20, "reason", "Облыс бастығының бұйрығы")));
        try {
            Resp shorter = post("/district/presentations", INSPECTOR, ok);
            assertStatus(201, shorter);
            assertEquals(issuedOn.plusDays(20),
                    Instant.parse(shorter.json().path("dueAt").asText()).atZone(ALMATY).toLocalDate());
            long serial = Long.parseLong(pr.path("number").asText().replaceAll(".*-", ""));
            assertTrue("numbered in sequence", shorter.json().path("number").asText().endsWith(
                    String.format("-%05d", serial + 1)));
        } finally {
            http("DELETE", "/norms/" + NORM + "/overrides/" + region, ADMIN, null);
        }

        // ISSUED -> RESPONSE_RECEIVED -> EXECUTED; wrong transitions are 409, a wrong outcome 422
        long id = pr.path("id").asLong();
        String etag = issued.header("ETag").orElseThrow();
        assertProblem(409, post("/district/presentations/" + id + "/execution", INSPECTOR,
                Map.of("outcome", "EXECUTED"), "If-Match", etag));
        assertTrue(namesField(assertProblem(422, post("/district/presentations/" + id + "/execution", INSPECTOR,
                Map.of("outcome", "ISSUED"), "If-Match", etag)), "outcome"));
        Resp responded = post("/district/presentations/" + id + "/response", INSPECTOR,
                Map.of("text", "Жарықтандыру орнатылды, күзет күшейтілді"), "If-Match", etag);
        assertStatus(200, responded);
        assertEquals("RESPONSE_RECEIVED", responded.json().path("status").asText());
        assertEquals("OPEN", get("/tasks/" + pr.path("taskId").asLong(), INSPECTOR).json().path("status").asText());
        etag = responded.header("ETag").orElseThrow();
        assertProblem(409, post("/district/presentations/" + id + "/response", INSPECTOR,
                Map.of("text", "тағы"), "If-Match", etag));
        Resp executed = post("/district/presentations/" + id + "/execution", INSPECTOR,
                Map.of("outcome", "EXECUTED", "note", "Тексерілді: орындалған"), "If-Match", etag);
        assertStatus(200, executed);
        assertEquals("EXECUTED", executed.json().path("status").asText());
        JsonNode done = get("/tasks/" + pr.path("taskId").asLong(), INSPECTOR).json();
        assertEquals("DONE", done.path("status").asText());
        assertEquals("EXECUTED", done.path("outcome").asText());
        assertProblem(409, post("/district/presentations/" + id + "/execution", INSPECTOR,
                Map.of("outcome", "NOT_EXECUTED", "note", "x"), "If-Match", executed.header("ETag").orElseThrow()));
        assertTrue(ids(get("/district/presentations?bin=971240001315&status=EXECUTED", INSPECTOR).json())
                .contains(id));
    }

    @Test
    public void t05SignificantInformationRestrictedForOthers() {
        ensureSampleLogins(featuresService);
        JsonNode p = assertProblem(422, post("/district/information", INSPECTOR, Map.of("subject", "Жиын",
                "summary", "Түнгі жиындар", "source", "Тұрғындар")));
        assertTrue(p.toString(), namesField(p, "recipient"));
        Resp ordinary = post("/district/information", INSPECTOR, Map.of("subject", "Бос үй",
                "summary", "Абай к. 5 үйінде бөгде адамдар тұрады", "source", "Үй иесі",
                "recipient", "Криминалдық полиция бөлімі"));
        assertStatus(201, ordinary);
        assertEquals("ORDINARY", ordinary.json().path("sensitivity").asText());
        Resp restricted = post("/district/information", INSPECTOR, Map.of("subject", "Діни жиын",
                "summary", "Тіркелмеген жиындар", "source", "Жедел дереккөз", "recipient",
                "Экстремизмге қарсы іс-қимыл бөлімшесі", "sensitivity", "RESTRICTED"));
        assertStatus(201, restricted);
        long o = ordinary.json().path("id").asLong();
        long r = restricted.json().path("id").asLong();
        assertTrue(ids(get("/district/information?limit=500", INSPECTOR).json()).containsAll(List.of(o, r)));
        // another unit's inspector is an interested unit for the ordinary message only
        List<Long> seen = ids(get("/district/information?limit=500", SAMPLE_INSPECTOR).json());
        assertTrue(seen.contains(o));
        assertFalse(seen.contains(r));
        assertStatus(200, get("/district/information/" + o, SAMPLE_INSPECTOR));
        assertProblem(403, get("/district/information/" + r, SAMPLE_INSPECTOR));
        assertProblem(403, post("/district/information", SAMPLE_INSPECTOR, Map.of("subject", "x", "summary", "y",
                "source", "z", "recipient", "w")));
    }

    @Test
    public void t06PersonCardShowsTheDistrictPartsRestrictedOnesToDistrictRolesOnly() {
        ensureSampleLogins(featuresService);
        long point = pointId("DEMO-CITY-UPP-01");
        long person = newPerson(LocalDate.of(1979, 11, 30), Sex.MALE);
        ObjectNode r = reception(point, "Төбелес туралы хабарлама");
        r.put("visitorPersonId", person);
        r.put("filing", "OFFENCE_REPORT");
        Resp rec = post("/district/receptions", INSPECTOR, r);
        assertStatus(201, rec);
        ObjectNode pr = JSON.createObjectNode();
        pr.put("kind", "INSTRUCTION");
        pr.put("personId", person);
        pr.put("causes", "Ауланы күзетусіз қалдыру");
        pr.put("measures", "Қақпаны құлыптау");
        Resp presentation = post("/district/presentations", INSPECTOR, pr);
        assertStatus(201, presentation);
        long preventive = place(person, "district.preventive", "district.preventive.protective-order");
        long destructive = place(person, "district.destructive-movements",
                "district.destructive-movements.follower-resident");

        JsonNode section = districtSection(get("/persons/" + person + "/card", INSPECTOR));
        assertNotNull("the district section for a district inspector", section);
        JsonNode data = section.path("data");
        assertEquals(rec.json().path("id").asLong(), data.path("receptions").path(0).path("id").asLong());
        assertEquals(rec.json().path("applicationNumber").asText(),
                data.path("receptions").path(0).path("applicationNumber").asText());
        assertEquals(presentation.json().path("number").asText(),
                data.path("presentations").path(0).path("number").asText());
        assertEquals("ISSUED", data.path("presentations").path(0).path("status").asText());
        assertEquals(rec.json().path("applicationId").asLong(), data.path("applications").path(0).path("id").asLong());
        assertEquals("district.offence-report", data.path("applications").path(0).path("kindCode").asText());
        List<Long> registrations = ids(data.path("registrations"));
        assertTrue(data.toString(), registrations.containsAll(List.of(preventive, destructive)));
        // the card's reads of the journal and the presentations are audited
        for (String subject : List.of("district.receptions", "district.presentations")) {
            await("card read of " + subject + " audited", 10_000, () -> {
                for (JsonNode a : get("/audit?user=district.inspector&subjectType=" + subject + "&limit=100", ADMIN)
                        .json().path("items")) {
                    if (a.path("details").asText().contains("of person " + person)) {
                        return true;
                    }
                }
                return false;
            });
        }

        // another unit's inspector: no reception journal, no presentations, no restricted register
        JsonNode other = districtSection(get("/persons/" + person + "/card", SAMPLE_INSPECTOR));
        assertNotNull("the open parts are shown", other);
        JsonNode otherData = other.path("data");
        assertTrue(otherData.toString(), otherData.path("receptions").isMissingNode());
        assertEquals(List.of(preventive), ids(otherData.path("registrations")));
        assertTrue(otherData.toString(), otherData.path("presentations").isMissingNode());
        assertFalse(otherData.path("applications").isMissingNode());
        assertProblem(403, get("/district/receptions?person=" + person, SAMPLE_INSPECTOR));
        assertProblem(403, get("/district/receptions/" + rec.json().path("id").asLong(), SAMPLE_INSPECTOR));
    }

    @Test
    public void t07ShellListsTheJournalAndOpenPresentations() throws Exception {
        long point = pointId("DEMO-CITY-UPP-01");
        ObjectNode r = reception(point, "Жоғалған құжат туралы сұрақ");
        r.put("visitorName", "Қасымов Ерлан");
        r.put("visitorAddress", "Абай даңғылы 12, 7");
        r.put("receivedAt", Instant.now().minus(1, ChronoUnit.HOURS).toString());
        assertStatus(201, post("/district/receptions", INSPECTOR, r));
        Resp issued = post("/district/presentations", INSPECTOR, entityPresentation("940140000385"));
        assertStatus(201, issued);

        String journal = shell(sessionFactory, "district.head", "district:receptions --days 2", "district-head");
        assertTrue(journal, journal.contains("Қасымов Ерлан"));
        String open = shell(sessionFactory, "district.head", "district:presentations", "district-head");
        assertTrue(open, open.contains(issued.json().path("number").asText()));
        assertTrue(open, open.contains("ISSUED"));
        try {
            String refused = shell(sessionFactory, "sample.inspector", "district:presentations", "sample-inspector");
            assertFalse(refused, refused.contains(issued.json().path("number").asText()));
        } catch (Exception denied) {
            // another unit's login is refused (403 over REST): the command fails, nothing listed
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    /** A login of another unit (the sample unit's inspector): refused by the district unit's writes. */
    private String otherUnitLogin() {
        ensureSampleLogins(featuresService);
        return SAMPLE_INSPECTOR;
    }

    private static long pointId(String code) {
        Resp r = get("/org-units?kind=POLICE_POINT&limit=500", ADMIN);
        assertStatus(200, r);
        for (JsonNode n : r.json().path("items")) {
            if (code.equals(n.path("code").asText())) {
                return n.path("id").asLong();
            }
        }
        throw new AssertionError("no POLICE_POINT " + code);
    }

    /** A police point of another unit (the sample unit's), under the city's Local Police Service. */
    private static long foreignPoint() {
        long lps = -1;
        for (JsonNode n : get("/org-units?kind=LOCAL_POLICE_SERVICE&limit=50", ADMIN).json().path("items")) {
            if ("DEMO-CITY-LPS".equals(n.path("code").asText())) {
                lps = n.path("id").asLong();
            }
        }
        assertTrue("the city's LPS", lps > 0);
        ObjectNode unit = JSON.createObjectNode().put("kind", "UNIT").put("code", "DEMO-CITY-SAMPLE-IT")
                .put("parentId", lps).put("unitType", "sample");
        unit.putObject("name").put("kk", "Сынақ бөлінісі").put("ru", "Тестовое подразделение").put("en", "Test unit");
        Resp u = post("/org-units", ADMIN, unit);
        assertStatus(201, u);
        ObjectNode point = JSON.createObjectNode().put("kind", "POLICE_POINT").put("code", "DEMO-CITY-SAMPLE-PP-IT")
                .put("parentId", u.json().path("id").asLong()).put("unitType", "sample");
        point.putObject("name").put("kk", "Сынақ пункті").put("ru", "Тестовый пункт").put("en", "Test point");
        Resp pp = post("/org-units", ADMIN, point);
        assertStatus(201, pp);
        return pp.json().path("id").asLong();
    }

    private static long regionId() {
        Resp r = get("/org-units?kind=REGION&limit=10", ADMIN);
        assertStatus(200, r);
        return r.json().path("items").path(0).path("id").asLong();
    }

    private static long newPerson(LocalDate birthDate, Sex sex) {
        return createPerson(personJson(newIin(birthDate, sex), districtBodyId("DEMO-CITY"))).json().path("id")
                .asLong();
    }

    private static ObjectNode slot(String day, String from, String to) {
        ObjectNode s = JSON.createObjectNode();
        s.put("day", day);
        s.put("from", from);
        s.put("to", to);
        return s;
    }

    private static List<ObjectNode> everyDay() {
        return java.util.Arrays.stream(DayOfWeek.values()).map(d -> slot(d.name(), "00:00", "23:59")).toList();
    }

    private static ObjectNode schedule(List<ObjectNode> receptionHours) {
        ObjectNode s = JSON.createObjectNode();
        ArrayNode hours = s.putArray("receptionHours");
        receptionHours.forEach(hours::add);
        ArrayNode operating = s.putArray("operatingHours");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY")) {
            operating.add(slot(day, "09:00", "20:00"));
        }
        s.put("pointPhone", "+7 727 000 00 01");
        s.put("dutyUnitPhone", "+7 727 000 00 02");
        return s;
    }

    private static void approveSchedule(long point, List<ObjectNode> hours) {
        String base = "/district/points/" + point + "/reception-schedules";
        Resp draft = post(base, INSPECTOR, schedule(hours));
        assertStatus(201, draft);
        assertStatus(200, post(base + "/" + draft.json().path("id").asLong() + "/approval", HEAD, Map.of(),
                "If-Match", draft.header("ETag").orElseThrow()));
    }

    private static ObjectNode reception(long point, String subject) {
        ObjectNode r = JSON.createObjectNode();
        r.put("pointId", point);
        if (subject != null) {
            r.put("subject", subject);
        }
        return r;
    }

    private static ObjectNode entityPresentation(String bin) {
        ObjectNode p = JSON.createObjectNode();
        p.put("kind", "PRESENTATION");
        p.put("entityName", "«Сынақ Базар» ЖШС");
        p.put("entityBin", bin);
        p.put("entityAddress", "Абай даңғылы 12");
        p.put("causes", "Базар аумағы түнде жарықтандырылмайды, ұрлық жиі болады");
        p.put("measures", "Аумақты жарықтандыру, бейнебақылау орнату");
        return p;
    }

    private static long place(long person, String register, String ground) {
        ObjectNode reg = JSON.createObjectNode();
        reg.put("registerId", register);
        reg.put("personId", person);
        reg.put("groundCode", ground);
        reg.put("basisDocument", "Сот шешімі 2-123/2026");
        Resp r = post("/registrations", INSPECTOR, reg);
        assertStatus(201, r);
        return r.json().path("id").asLong();
    }

    private static JsonNode districtSection(Resp card) {
        assertStatus(200, card);
        for (JsonNode s : card.json().path("sections")) {
            if ("district".equals(s.path("unitId").asText())) {
                return s;
            }
        }
        return null;
    }

    private static boolean within(LocalDateTime t, String from, String to) {
        LocalTime time = t.toLocalTime();
        return !time.isBefore(LocalTime.parse(from)) && time.isBefore(LocalTime.parse(to));
    }

    /** The ids of a page's items, or of an array's elements. */
    private static List<Long> ids(JsonNode pageOrArray) {
        JsonNode items = pageOrArray.has("items") ? pageOrArray.path("items") : pageOrArray;
        List<Long> ids = new java.util.ArrayList<>();
        items.forEach(n -> ids.add(n.path("id").asLong()));
        return ids;
    }
}
