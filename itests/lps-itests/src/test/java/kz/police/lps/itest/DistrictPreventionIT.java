package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
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
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.police.lps.core.api.person.Sex;

/**
 * Prevention in the district unit over REST: the preventive register with its basis document and the ground-3
 * convictions (WF-10, BR-27/28), the individual work log and forensic registration; the monitoring of followers of
 * destructive religious movements (WF-11, BR-31/32/33) with its 10-day tasks, the absence notice and the 24-hour
 * written report, the accumulation file and its need-to-know refusals; firearm owners (WF-12, BR-29/30) with the
 * yearly check task, the Order 313 report due 5 working days after the check across a holiday, and the materials
 * required when violations were found.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class DistrictPreventionIT extends LpsTestSupport {

    private static final String INSPECTOR = "district.inspector:demo";
    private static final String DISTRICT_HEAD = "district.head:demo";
    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final String GROUND_3 = "district.preventive.released-repeat-convict";
    private static final String DM_REGISTER = "district.destructive-movements";

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
        await("demo officer district.inspector", 60_000, () -> officerOf("district", "district.inspector") != null);
    }

    // ---- WF-10 preventive register ------------------------------------------------------------------------

    @Test
    public void t01PreventivePlacementChecksTheGroundThreeConvictions() {
        long person = newPerson();
        // BR-28: ground 3 with one prior conviction is refused, naming the field, and nothing is written
        ObjectNode placement = placement(person, GROUND_3, 1);
        JsonNode p = assertProblem(422, post("/district/preventive-registrations", INSPECTOR, placement));
        assertTrue(p.toString(), namesField(p, "convictions.count"));
        assertEquals(0, total("/registrations?personId=" + person));
        // the basis document is required for every ground
        ObjectNode noBasis = placement(person, "district.preventive.protective-order", null);
        noBasis.remove("basisDocument");
        assertTrue(namesField(assertProblem(422, post("/district/preventive-registrations", INSPECTOR, noBasis)),
                "basisDocument"));
        // with two: placed, and the core's register shows it
        Resp placed = post("/district/preventive-registrations", INSPECTOR, placement(person, GROUND_3, 2));
        assertStatus(201, placed);
        long registration = placed.json().path("registration").path("id").asLong();
        assertEquals(2, placed.json().path("placement").path("priorConvictions").asInt());
        Resp core = get("/registrations?register=district.preventive&personId=" + person, INSPECTOR);
        assertStatus(200, core);
        assertEquals(1, core.json().path("total").asLong());
        JsonNode r = core.json().path("items").path(0);
        assertEquals(registration, r.path("id").asLong());
        assertEquals(GROUND_3, r.path("groundCode").asText());
        assertTrue("basis in the core's record: " + r, r.path("basisDocument").asText().contains("2-77/2026"));
        assertEquals(officerId(), r.path("responsibleOfficerId").asLong());

        // US-28: the individual preventive work log
        Resp work = post("/district/preventive-registrations/" + registration + "/work", INSPECTOR, Map.of(
                "activity", "JOINT_MEASURE", "jointUnits", "ювеналдық полиция", "notes", "профилактикалық әңгіме"));
        assertStatus(201, work);
        assertTrue(namesField(assertProblem(422, post("/district/preventive-registrations/" + registration + "/work",
                INSPECTOR, Map.of("notes", "без вида"))), "activity"));
        // US-29: forensic registration
        assertStatus(201, post("/district/preventive-registrations/" + registration + "/forensic", INSPECTOR,
                Map.of("materials", List.of("PHOTO", "FINGERPRINTS"))));
        assertTrue(namesField(assertProblem(422, post("/district/preventive-registrations/" + registration
                + "/forensic", INSPECTOR, Map.of("materials", List.of()))), "materials"));
        JsonNode file = get("/district/preventive-registrations/" + registration, INSPECTOR).json();
        assertEquals(1, file.path("work").size());
        assertEquals("JOINT_MEASURE", file.path("work").path(0).path("activity").asText());
        assertEquals(1, file.path("forensic").size());
        // the person card shows the work
        JsonNode card = get("/persons/" + person + "/card", INSPECTOR).json();
        assertTrue("card: " + card, districtSection(card).path("data").path("preventiveWork").size() == 1);
    }

    // ---- WF-11 destructive religious movements -------------------------------------------------------------

    @Test
    public void t02DestructiveMovementsInformationEveryTenDaysAbsenceAndAccumulationFile() {
        long person = newPerson();
        long registration = placeOnRestrictedRegister(person);
        LocalDate today = LocalDate.now(ALMATY);

        // the sweep creates the first 10-day window's task, due 10 calendar days later, for the responsible officer
        assertStatus(200, post("/tasks/sweep", ADMIN, Map.of()));
        JsonNode task = single(infoTasks(registration));
        assertEquals("OPEN", task.path("status").asText());
        assertEquals(today.plusDays(10), localDate(task.path("dueAt")));
        assertEquals(officerId(), task.path("assigneeId").asLong());

        // BR-31: every field required
        ObjectNode info = information();
        info.remove("familyComposition");
        JsonNode p = assertProblem(422, post("/district/destructive-movements/registrations/" + registration
                + "/information", INSPECTOR, info));
        assertTrue(p.toString(), namesField(p, "familyComposition"));
        assertEquals("OPEN", single(infoTasks(registration)).path("status").asText());
        Resp sent = post("/district/destructive-movements/registrations/" + registration + "/information", INSPECTOR,
                information());
        assertStatus(201, sent);
        assertEquals(0, sent.json().path("windowNo").asInt());
        assertEquals("DONE", single(infoTasks(registration)).path("status").asText());
        // the window's information is sent: no new task on the next sweep
        post("/tasks/sweep", ADMIN, Map.of());
        assertEquals(1, infoTasks(registration).size());

        // BR-32: the absence is notified at once, the written report is due 24 hours after it was established
        Instant found = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        ObjectNode absence = absence(found);
        absence.remove("channel");
        assertTrue(namesField(assertProblem(422, post("/district/destructive-movements/registrations/" + registration
                + "/absences", INSPECTOR, absence)), "channel"));
        Resp recorded = post("/district/destructive-movements/registrations/" + registration + "/absences", INSPECTOR,
                absence(found));
        assertStatus(201, recorded);
        long absenceId = recorded.json().path("id").asLong();
        assertEquals("Мұратов Е.", recorded.json().path("controlCentreOfficer").asText());
        JsonNode reportTask = get("/tasks/" + recorded.json().path("taskId").asLong(), INSPECTOR).json();
        assertEquals("district.destructive-movements.absence-report", reportTask.path("kind").asText());
        assertEquals("exactly 24 hours after", found.plus(24, ChronoUnit.HOURS),
                Instant.parse(reportTask.path("dueAt").asText()));
        assertEquals(officerId(), reportTask.path("assigneeId").asLong());
        Resp reported = post("/district/destructive-movements/absences/" + absenceId + "/report", INSPECTOR,
                Map.of("head", "Ақжар ҚПБ бастығы полиция полковнигі Н. Серіков", "text",
                        "Тұрғылықты жерінде 2 тәулік болмаған, жедел басқару орталығына хабарланды."),
                "If-Match", recorded.header("ETag").orElseThrow());
        assertStatus(200, reported);
        assertEquals("DONE", get("/tasks/" + reportTask.path("id").asLong(), INSPECTOR).json().path("status").asText());

        // BR-33: the point's accumulation file holds both
        JsonNode file = get("/district/accumulation-file?pointId=" + orgId("POLICE_POINT", "DEMO-CITY-UPP-01"),
                INSPECTOR).json();
        assertTrue("information in " + file, ids(file.path("informationReports"))
                .contains(sent.json().path("id").asLong()));
        assertTrue("absence in " + file, ids(file.path("absences")).contains(absenceId));
        // and the card's need-to-know part shows them to the unit
        JsonNode card = get("/persons/" + person + "/card", INSPECTOR).json();
        assertEquals(1, districtSection(card).path("data").path("destructiveMovements").path(0)
                .path("informationReports").size());

        // removed from the register: every open task about the registration ends with it (here one given by hand;
        // the next window's information task alike)
        Map<String, Object> given = new java.util.LinkedHashMap<>();
        given.put("unitId", "district");
        given.put("kind", "district.destructive-movements.information");
        given.put("title", "Қосымша ақпарат");
        given.put("subjectType", "registration");
        given.put("subjectId", String.valueOf(registration));
        given.put("departmentId", reportTask.path("departmentId").asLong());
        given.put("assigneeId", officerId());
        given.put("dueAt", Instant.now().plus(3, ChronoUnit.DAYS).toString());
        Resp extra = post("/tasks", ADMIN, given);
        assertStatus(201, extra);
        Resp reg = get("/registrations/" + registration, INSPECTOR);
        assertStatus(200, reg);
        assertStatus(200, post("/registrations/" + registration + "/removal", INSPECTOR, Map.of(
                "removalGroundCode", "district.destructive-movements.moved-away", "removalNote",
                "Басқа облысқа көшті"), "If-Match", reg.header("ETag").orElseThrow()));
        assertEquals("CANCELLED", get("/tasks/" + extra.json().path("id").asLong(), ADMIN).json().path("status")
                .asText());
        for (JsonNode t : infoTasks(registration)) {
            assertTrue("no open task about a removed registration: " + t, !"OPEN".equals(t.path("status").asText()));
        }
    }

    @Test
    public void t03DestructiveMovementsAreNeedToKnow() {
        long person = newPerson();
        long registration = placeOnRestrictedRegister(person);
        long point = orgId("POLICE_POINT", "DEMO-CITY-UPP-01");
        ensureSampleLogins(featuresService);
        String other = SAMPLE_INSPECTOR;
        assertProblem(403, get("/district/accumulation-file?pointId=" + point, other));
        assertProblem(403, get("/district/destructive-movements/registrations/" + registration, other));
        assertProblem(403, post("/district/destructive-movements/registrations/" + registration + "/information",
                other, information()));
        assertProblem(403, post("/district/destructive-movements/registrations/" + registration + "/absences",
                other, absence(Instant.now().minus(1, ChronoUnit.HOURS))));
        await("the refusal audited", 10_000, () -> {
            Resp audit = get("/audit?user=sample.inspector&subjectType=district.accumulation-file&limit=50", ADMIN);
            return audit.status() == 200 && audit.body().contains("DENIED");
        });
        await("the write refusal audited", 10_000, () -> get("/audit?user=sample.inspector&subjectType="
                + "district.dm-information&limit=50", ADMIN).body().contains("DENIED"));
        // nothing was written for them, and the card does not even tell them of the monitoring
        assertEquals(0, get("/district/destructive-movements/registrations/" + registration, INSPECTOR).json()
                .path("informationReports").size());
        Resp card = get("/persons/" + person + "/card", other);
        assertStatus(200, card);
        assertFalse(card.body(), card.body().contains("destructiveMovements"));
    }

    // ---- WF-12 firearm owners ------------------------------------------------------------------------------

    @Test
    public void t04FirearmOwnerChecksReportDeadlineAndMaterials() throws Exception {
        long person = newPerson();
        long precinct = orgId("PRECINCT", "DEMO-CITY-P-001");
        String permit = "ҚР-" + (100000 + (System.nanoTime() % 900000));
        Resp created = post("/district/firearm-owners", INSPECTOR, Map.of("personId", person, "permitNumber", permit,
                "permitKind", "STORAGE", "weapons", "МР-27М 12 калибр № 0712345", "precinctId", precinct));
        assertStatus(201, created);
        long owner = created.json().path("id").asLong();
        assertEquals(LocalDate.now(ALMATY).getYear() + "-12-31", created.json().path("nextCheckDue").asText());
        // the yearly check: a task for the precinct's inspector, due by the end of the year
        assertStatus(200, post("/tasks/sweep", ADMIN, Map.of()));
        JsonNode annual = single(tasks("district.weapon-owner.check", "district.firearm-owner", owner));
        assertEquals(LocalDate.now(ALMATY).withMonth(12).withDayOfMonth(31), localDate(annual.path("dueAt")));
        long precinctInspector = get("/officers?departmentId=" + precinct + "&unit=district", ADMIN).json()
                .path("items").path(0).path("id").asLong();
        assertEquals(precinctInspector, annual.path("assigneeId").asLong());

        // BR-30: violations found and no materials → refused, naming the field; nothing written
        JsonNode p = assertProblem(422, post("/district/firearm-owners/" + owner + "/checks", INSPECTOR, Map.of(
                "checkedOn", "2026-10-23", "trigger", "ANNUAL", "violationsFound", true,
                "violations", "сейф жоқ, қару шкафта сақталады")));
        assertTrue(p.toString(), namesField(p, "materials"));
        assertEquals(0, get("/district/firearm-owners/" + owner, INSPECTOR).json().path("checks").size());

        // a check on Friday 23 Oct 2026: the report is due 5 working days later, across the weekend and the day
        // off for Republic Day (Sunday 25 Oct, moved to Monday 26 Oct): Monday 2 Nov
        Resp check = post("/district/firearm-owners/" + owner + "/checks", INSPECTOR, Map.of(
                "checkedOn", "2026-10-23", "trigger", "ANNUAL", "violationsFound", false));
        assertStatus(201, check);
        Instant due = Instant.parse(check.json().path("reportDueAt").asText());
        JsonNode calendar = get("/calendar/deadline?from="
                + LocalDate.of(2026, 10, 23).atStartOfDay(ALMATY).toInstant() + "&amount=5&unit=WORKING_DAYS", ADMIN)
                .json();
        assertEquals("the core's calendar: " + calendar, Instant.parse(calendar.path("due").asText()), due);
        assertEquals(LocalDate.of(2026, 11, 2), due.atZone(ALMATY).toLocalDate());
        assertEquals("the counted check completes the year's task", "DONE",
                get("/tasks/" + annual.path("id").asLong(), ADMIN).json().path("status").asText());
        long checkId = check.json().path("id").asLong();
        JsonNode reportTask = single(tasks("district.weapon-owner.report", "district.firearm-check", checkId));
        assertEquals(due, Instant.parse(reportTask.path("dueAt").asText()));
        assertTrue(namesField(assertProblem(422, post("/district/firearm-checks/" + checkId + "/report", INSPECTOR,
                Map.of("sentOn", "2026-10-26"), "If-Match", check.header("ETag").orElseThrow())), "recipient"));
        Resp sent = post("/district/firearm-checks/" + checkId + "/report", INSPECTOR,
                Map.of("sentOn", "2026-10-27", "recipient", "АҚҚАБ (ЛРР)", "number", "313-41"),
                "If-Match", check.header("ETag").orElseThrow());
        assertStatus(200, sent);
        assertEquals("DONE", get("/tasks/" + reportTask.path("id").asLong(), ADMIN).json().path("status").asText());
        assertProblem(409, post("/district/firearm-checks/" + checkId + "/report", INSPECTOR,
                Map.of("recipient", "АҚҚАБ"), "If-Match", sent.header("ETag").orElseThrow()));

        // a check assigned by the weapons-control unit: a task for the precinct's inspector, done by the check
        Resp assigned = post("/district/firearm-owners/" + owner + "/assignments", INSPECTOR, Map.of(
                "assignedBy", "АҚҚАБ аға инспекторы Б. Оспанов", "deadline",
                LocalDate.now(ALMATY).plusDays(7).toString()));
        assertStatus(201, assigned);
        long assignment = assigned.json().path("id").asLong();
        JsonNode assignedTask = get("/tasks/" + assigned.json().path("taskId").asLong(), ADMIN).json();
        assertEquals(precinctInspector, assignedTask.path("assigneeId").asLong());
        Resp withViolations = post("/district/firearm-owners/" + owner + "/checks", INSPECTOR, Map.of(
                "trigger", "ASSIGNED", "assignmentId", assignment, "violationsFound", true,
                "violations", "сақтау ережесі бұзылған", "materials", "тексеру актісі № 15, фотосуреттер 4 дана"));
        assertStatus(201, withViolations);
        assertEquals("DONE", get("/tasks/" + assignedTask.path("id").asLong(), ADMIN).json().path("status").asText());
        // a check during operational-preventive measures does not count and needs no report (L546-548)
        Resp operational = post("/district/firearm-owners/" + owner + "/checks", INSPECTOR, Map.of(
                "trigger", "ANNUAL", "duringOperationalMeasures", true, "violationsFound", false));
        assertStatus(201, operational);
        assertFalse(operational.json().toString(), operational.json().hasNonNull("reportTaskId"));

        JsonNode ownerFile = get("/district/firearm-owners/" + owner, INSPECTOR).json();
        assertEquals(3, ownerFile.path("checks").size());
        assertEquals(LocalDate.now(ALMATY).toString(), ownerFile.path("owner").path("lastCheckedOn").asText());
        JsonNode card = get("/persons/" + person + "/card", INSPECTOR).json();
        assertEquals(permit, districtSection(card).path("data").path("firearms").path(0).path("owner")
                .path("permitNumber").asText());
        String shell = shell(sessionFactory, "admin", "district:firearm-checks --precinct " + precinct
                + " --limit 500");
        assertTrue(shell, shell.contains(permit));

        // an owner whose permit ended: the record is closed, the open yearly check cancelled, no more checks
        Resp second = post("/district/firearm-owners", INSPECTOR, Map.of("personId", newPerson(), "permitNumber",
                permit + "-2", "permitKind", "STORAGE_AND_CARRYING", "weapons", "Сайга-12", "precinctId", precinct));
        assertStatus(201, second);
        long closing = second.json().path("id").asLong();
        post("/tasks/sweep", ADMIN, Map.of());
        JsonNode open = single(tasks("district.weapon-owner.check", "district.firearm-owner", closing));
        assertTrue(namesField(assertProblem(422, post("/district/firearm-owners/" + closing + "/closure", INSPECTOR,
                Map.of(), "If-Match", second.header("ETag").orElseThrow())), "reason"));
        // only a head or the precinct's inspector closes it (district.inspector is not P-001's inspector)
        String etag = get("/district/firearm-owners/" + closing, INSPECTOR).header("ETag").orElseThrow();
        assertProblem(403, post("/district/firearm-owners/" + closing + "/closure", INSPECTOR,
                Map.of("reason", "рұқсаттың мерзімі өтті"), "If-Match", etag));
        assertEquals(1, tasks("district.weapon-owner.check", "district.firearm-owner", closing).size());
        await("the closure refusal audited", 10_000, () -> get("/audit?user=district.inspector&subjectType="
                + "district.firearm-owner&limit=50", ADMIN).body().contains("DENIED"));
        // a permit is unique among the open records
        assertProblem(409, post("/district/firearm-owners", INSPECTOR, Map.of("personId", newPerson(),
                "permitNumber", permit + "-2", "permitKind", "STORAGE", "weapons", "ИЖ-27", "precinctId", precinct)));
        Resp closed = post("/district/firearm-owners/" + closing + "/closure", DISTRICT_HEAD,
                Map.of("reason", "рұқсаттың мерзімі өтті, қару тапсырылды"), "If-Match", etag);
        assertStatus(200, closed);
        assertFalse(closed.json().toString(), closed.json().hasNonNull("nextCheckDue"));
        assertEquals("CANCELLED", get("/tasks/" + open.path("id").asLong(), ADMIN).json().path("status").asText());
        assertProblem(409, post("/district/firearm-owners/" + closing + "/checks", INSPECTOR, Map.of(
                "trigger", "ANNUAL", "violationsFound", false)));
        post("/tasks/sweep", ADMIN, Map.of());
        assertEquals(1, tasks("district.weapon-owner.check", "district.firearm-owner", closing).size());
        // the closed owner may be registered again under the same permit
        assertStatus(201, post("/district/firearm-owners", INSPECTOR, Map.of("personId", newPerson(), "permitNumber",
                permit + "-2", "permitKind", "STORAGE", "weapons", "Сайга-12", "precinctId", precinct)));
    }

    @Test
    public void t05DemoRecords() {
        JsonNode demo = get("/district/demo", ADMIN).json();
        // each part loads in one transaction with its marker: every part of the unit is there
        for (String part : List.of("notebook", "planning", "prevention", "reception")) {
            assertTrue(part + " demo loaded: " + demo, demo.path("loaded").toString().contains("\"" + part + "\""));
        }
        Resp owners = get("/district/firearm-owners?limit=500", INSPECTOR);
        assertStatus(200, owners);
        assertTrue(owners.body(), owners.body().contains("ДЕМО-0101"));
        assertTrue(total("/registrations?register=district.destructive-movements") >= 1);
    }

    // ---------------------------------------------------------------------------------------------------------

    private static long newPerson() {
        String iin = newIin(LocalDate.of(1988, 4, 12), Sex.MALE);
        return createPerson(personJson(iin, districtBodyId("DEMO-CITY"))).json().path("id").asLong();
    }

    private static long officerId() {
        return officerOf("district", "district.inspector").path("id").asLong();
    }

    private static ObjectNode placement(long person, String ground, Integer convictions) {
        ObjectNode p = JSON.createObjectNode();
        p.put("personId", person);
        p.put("groundCode", ground);
        ObjectNode basis = p.putObject("basisDocument");
        basis.put("kind", "RELEASE_DECISION");
        basis.put("number", "2-77/2026");
        basis.put("issuedOn", LocalDate.now(ALMATY).minusDays(20).toString());
        basis.put("issuedBy", "Ақжар қалалық соты");
        if (convictions != null) {
            ObjectNode c = p.putObject("convictions");
            c.put("count", convictions);
            c.put("document", "ҚАЖ ақпараттық орталығының анықтамасы № 1548");
        }
        return p;
    }

    /** Places the person on the restricted register through the core's API, owned by precinct P-001 of UPP-01. */
    private static long placeOnRestrictedRegister(long person) {
        ObjectNode r = JSON.createObjectNode();
        r.put("registerId", DM_REGISTER);
        r.put("personId", person);
        r.put("groundCode", "district.destructive-movements.follower-resident");
        r.put("basisDocument", "ЭҚІ бөлінісінің хаты № 12/345");
        r.put("departmentId", orgId("PRECINCT", "DEMO-CITY-P-001"));
        Resp placed = post("/registrations", INSPECTOR, r);
        assertStatus(201, placed);
        return placed.json().path("id").asLong();
    }

    private static ObjectNode information() {
        ObjectNode i = JSON.createObjectNode();
        i.put("actualAddress", "Ақжар қ., Абай даңғылы 12, 7");
        i.put("registeredAddress", "Ақжар қ., Абай даңғылы 12, 7");
        i.put("familyComposition", "әйелі, екі баласы");
        i.put("lifestyleBehaviour", "жұмыссыз, мешітке тұрақты барады");
        i.put("otherOperationalInfo", "жаңа байланыстар анықталған жоқ");
        i.put("recipientKind", "COUNTER_EXTREMISM_UNIT");
        i.put("recipientName", "Ақжар ҚПБ экстремизмге қарсы іс-қимыл бөлімшесі");
        return i;
    }

    private static ObjectNode absence(Instant found) {
        ObjectNode a = JSON.createObjectNode();
        a.put("foundAbsentAt", found.toString());
        a.put("notifiedAt", found.plus(10, ChronoUnit.MINUTES).toString());
        a.put("controlCentreOfficer", "Мұратов Е.");
        a.put("dutyUnitOfficer", "Қасымов Д.");
        a.put("channel", "PHONE");
        return a;
    }

    private static List<JsonNode> infoTasks(long registration) {
        return tasks("district.destructive-movements.information", "registration", registration);
    }

    private static List<JsonNode> tasks(String kind, String subjectType, long subjectId) {
        Resp r = get("/tasks?kind=" + kind + "&subjectType=" + subjectType + "&subjectId=" + subjectId + "&limit=50",
                ADMIN);
        assertStatus(200, r);
        List<JsonNode> out = new java.util.ArrayList<>();
        r.json().path("items").forEach(out::add);
        return out;
    }

    private static JsonNode single(List<JsonNode> tasks) {
        assertEquals("one task: " + tasks, 1, tasks.size());
        return tasks.get(0);
    }

    private static LocalDate localDate(JsonNode instant) {
        return Instant.parse(instant.asText()).atZone(ALMATY).toLocalDate();
    }

    private static long orgId(String kind, String code) {
        Resp r = get("/org-units?kind=" + kind + "&limit=500", ADMIN);
        assertStatus(200, r);
        for (JsonNode n : r.json().path("items")) {
            if (code.equals(n.path("code").asText())) {
                return n.path("id").asLong();
            }
        }
        throw new AssertionError("no " + kind + " " + code);
    }

    private static JsonNode districtSection(JsonNode card) {
        for (JsonNode s : card.path("sections")) {
            if ("district".equals(s.path("unitId").asText())) {
                return s;
            }
        }
        throw new AssertionError("no district section in " + card);
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.path("id").asLong()));
        return out;
    }
}
