package kz.police.lps.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
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
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.police.lps.core.api.person.Sex;

/**
 * Deliveries and the adaptation centre of the juvenile unit (WF-J7, WF-J9, WF-J14, WF-J15; BR-J21..BR-J30): the
 * delivered-minors journal walked over REST, questioning refused without a parent or legal representative (nothing
 * written), the adaptation centre's age range from the norm, the lost-child act's three copies, the residence notice
 * due 3 working days later across a holiday, the card with its alert for the unit's readers only, and the 403 (with
 * its audit row) for a user of another unit.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class JuvenileDeliveryIT extends LpsTestSupport {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final String INSPECTOR = "juvenile.inspector:demo";
    private static final String HEAD = "juvenile.head:demo";
    private static final String DISTRICT_INSPECTOR = "district.inspector:demo";
    /** Friday 23 Oct 2026, 10:00 in Almaty: Republic Day (Sunday 25 Oct) gives Monday 26 Oct off. */
    private static final Instant FRIDAY = LocalDate.of(2026, 10, 23).atTime(10, 0).atZone(ALMATY).toInstant();

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
        await("the juvenile inspector's officer record", 60_000,
                () -> officerOf("juvenile", "juvenile.inspector") != null);
    }

    @Test
    public void t01DeliveryWalkWithPlacementAndResidenceNotice() {
        long minor = person(LocalDate.of(2011, 4, 12), Sex.MALE);
        long parent = person(LocalDate.of(1984, 2, 3), Sex.FEMALE);
        Resp created = post("/juvenile/deliveries", INSPECTOR, delivery(minor, parent, FRIDAY, true));
        assertStatus(201, created);
        JsonNode d = created.json();
        long id = d.path("id").asLong();
        assertEquals("DELIVERED", d.path("status").asText());
        assertTrue("journal number: " + d, d.path("journalNumber").asText().matches(".+-JD-2026-\\d{5}"));
        assertEquals(parent, d.path("representativeIds").path(0).asLong());
        assertTrue(d.path("outOfArea").asBoolean());
        assertEquals("FLAG", d.path("outOfAreaBasis").asText());

        // BR-J28: the notice is due 3 working days later, as the calendar counts them: the day off for Republic Day
        // (Monday 26 Oct) does not count, so by the end of Thursday 29 Oct
        JsonNode calendar = get("/calendar/deadline?from=" + FRIDAY + "&amount=3&unit=WORKING_DAYS", ADMIN).json();
        Instant due = Instant.parse(d.path("notice").path("dueAt").asText());
        assertEquals("the core's calendar: " + calendar, Instant.parse(calendar.path("due").asText()), due);
        assertEquals(LocalDate.of(2026, 10, 29), due.atZone(ALMATY).toLocalDate());
        JsonNode task = get("/tasks/" + d.path("notice").path("taskId").asLong(), ADMIN).json();
        assertEquals("juvenile.residence-notice", task.path("kind").asText());
        assertEquals("juvenile.delivery.residence-notice-deadline", task.path("normKey").asText());
        assertEquals("OPEN", task.path("status").asText());
        assertEquals(String.valueOf(id), task.path("subjectId").asText());

        // BR-J22: no questioning without a parent or legal representative present; nothing written
        String etag = created.header("ETag").orElseThrow();
        JsonNode p = assertProblem(422, post("/juvenile/deliveries/" + id + "/questioning", INSPECTOR,
                Map.of("summary", "Опрос без представителя"), "If-Match", etag));
        assertTrue("names representativeId: " + p, namesField(p, "representativeId"));
        JsonNode unchanged = get("/juvenile/deliveries/" + id, INSPECTOR).json();
        assertEquals("DELIVERED", unchanged.path("status").asText());
        assertTrue(unchanged.path("questioning").isNull() || unchanged.path("questioning").isMissingNode());
        assertEquals(etag, get("/juvenile/deliveries/" + id, INSPECTOR).header("ETag").orElseThrow());

        Resp q = post("/juvenile/deliveries/" + id + "/questioning", INSPECTOR, Map.of("representativeId", parent,
                "capacity", "PARENT", "summary", "Опрошен в присутствии матери"), "If-Match", etag);
        assertStatus(200, q);
        assertEquals("QUESTIONED", q.json().path("status").asText());
        assertEquals(parent, q.json().path("questioning").path("representativeId").asLong());
        assertFalse("as stated, no core relation", q.json().path("questioning").path("capacityFromRelations")
                .asBoolean());

        // BR-J23: the injury signs require the health organisation
        assertTrue(namesField(assertProblem(422, post("/juvenile/deliveries/" + id + "/checks", INSPECTOR,
                Map.of("recordsCheckResult", "На учёте не состоит", "injuryOrIllness", true),
                "If-Match", q.header("ETag").orElseThrow())), "healthReferralTo"));
        Resp c = post("/juvenile/deliveries/" + id + "/checks", INSPECTOR, Map.of("recordsCheckResult",
                "ІІО есептерінде жоқ / по учётам ОВД не значится", "injuryOrIllness", true, "healthReferralTo",
                "Қалалық балалар ауруханасы"), "If-Match", q.header("ETag").orElseThrow());
        assertStatus(200, c);
        assertEquals("CHECKED", c.json().path("status").asText());

        // BR-J24: placed only when the hand-over is impossible, saying why
        Map<String, Object> placed = new HashMap<>(Map.of("outcome", "PLACED_IN_CENTRE", "category",
                "UNATTENDED_OR_HOMELESS", "centreName", "Қалалық кәмелетке толмағандарды бейімдеу орталығы"));
        assertTrue(namesField(assertProblem(422, post("/juvenile/deliveries/" + id + "/outcome", INSPECTOR, placed,
                "If-Match", c.header("ETag").orElseThrow())), "handoverImpossibleReason"));
        placed.put("handoverImpossibleReason", "Ата-анасы анықталмады / родители не установлены");
        Resp o = post("/juvenile/deliveries/" + id + "/outcome", INSPECTOR, placed, "If-Match",
                c.header("ETag").orElseThrow());
        assertStatus(200, o);
        assertEquals("PLACED", o.json().path("status").asText());
        assertFalse("the notice is still due", o.json().path("closed").asBoolean());
        long placementId = o.json().path("placementId").asLong();
        JsonNode placement = get("/juvenile/placements/" + placementId, INSPECTOR).json();
        assertEquals("IN_CENTRE", placement.path("status").asText());
        assertEquals(id, placement.path("deliveryId").asLong());
        assertTrue(placement.path("resolutionNumber").asText().contains("-KBO-"));
        assertProblem(409, post("/juvenile/deliveries/" + id + "/outcome", INSPECTOR, Map.of("outcome",
                "HANDED_TO_REPRESENTATIVE", "handedToId", parent), "If-Match", o.header("ETag").orElseThrow()));

        // the notice recorded: outgoing number into the journal, the task done, the entry closed
        Resp n = post("/juvenile/deliveries/" + id + "/notice", INSPECTOR, Map.of("outgoingNumber", "17-4/512",
                "sentOn", "2026-10-27", "residenceUnit", "Қарағанды облысы ПД ЖПҚ"), "If-Match",
                o.header("ETag").orElseThrow());
        assertStatus(200, n);
        assertEquals("17-4/512", n.json().path("notice").path("outgoingNumber").asText());
        assertTrue(n.json().path("closed").asBoolean());
        assertEquals("DONE", get("/tasks/" + task.path("id").asLong(), ADMIN).json().path("status").asText());

        // the card: placements with the alert for the unit's readers
        JsonNode section = juvenileSection(get("/persons/" + minor + "/card", INSPECTOR));
        assertFalse(section.path("restricted").asBoolean());
        assertEquals(placementId, section.path("data").path("placements").path(0).path("id").asLong());
        assertEquals(id, section.path("data").path("deliveries").path(0).path("id").asLong());
        boolean alert = false;
        for (JsonNode a : section.path("alerts")) {
            alert |= "juvenile.placement.in-centre".equals(a.path("code").asText());
        }
        assertTrue("in-centre alert: " + section, alert);

        // listed: the open journal no longer has it, the centre's list does
        assertTrue(ids("/juvenile/deliveries?personId=" + minor).contains(id));
        assertFalse(ids("/juvenile/deliveries?open=true&limit=500").contains(id));
        assertTrue(ids("/juvenile/placements?status=IN_CENTRE&limit=500").contains(placementId));

        // leaving the centre (not from the textbook): the day and to whom
        Resp left = post("/juvenile/placements/" + placementId + "/leaving", INSPECTOR, Map.of("leftTo",
                "Әкесі / отец", "leftOn", LocalDate.now(ALMATY).toString()), "If-Match",
                get("/juvenile/placements/" + placementId, INSPECTOR).header("ETag").orElseThrow());
        assertStatus(200, left);
        assertEquals("LEFT", left.json().path("status").asText());
        assertTrue(left.json().path("releaseNotFromTextbook").asBoolean());
    }

    @Test
    public void t02OnlyMinorsAreDeliveredAndHandOverToARepresentative() {
        long adult = person(LocalDate.of(1990, 1, 1), Sex.MALE);
        long parent = person(LocalDate.of(1980, 1, 1), Sex.MALE);
        long before = total("/juvenile/deliveries?personId=" + adult);
        JsonNode p = assertProblem(422, post("/juvenile/deliveries", INSPECTOR, delivery(adult, parent, null, null)));
        assertTrue(namesField(p, "personId"));
        assertEquals(before, total("/juvenile/deliveries?personId=" + adult));

        long minor = person(LocalDate.now(ALMATY).minusYears(14), Sex.FEMALE);
        Resp created = post("/juvenile/deliveries", INSPECTOR, delivery(minor, parent, null, false));
        assertStatus(201, created);
        assertFalse(created.json().path("outOfArea").asBoolean());
        // the core's person relations record the father: the capacity comes from them, a contrary one is refused
        ObjectNode relation = JSON.createObjectNode();
        relation.put("relatedPersonId", minor);
        relation.put("kind", "PARENT");
        assertStatus(201, post("/persons/" + parent + "/relations", ADMIN, relation));
        long id = created.json().path("id").asLong();
        assertTrue(namesField(assertProblem(422, post("/juvenile/deliveries/" + id + "/questioning", INSPECTOR,
                Map.of("representativeId", parent, "capacity", "GUARDIAN"), "If-Match",
                created.header("ETag").orElseThrow())), "capacity"));
        Resp q = post("/juvenile/deliveries/" + id + "/questioning", INSPECTOR, Map.of("representativeId", parent),
                "If-Match", created.header("ETag").orElseThrow());
        assertStatus(200, q);
        assertEquals("PARENT", q.json().path("questioning").path("capacity").asText());
        assertTrue(q.json().path("questioning").path("capacityFromRelations").asBoolean());
        // the head may act on the inspector's delivery; a stale version is refused
        assertProblem(412, post("/juvenile/deliveries/" + id + "/outcome", HEAD, Map.of("outcome",
                "HANDED_TO_REPRESENTATIVE", "handedToId", parent), "If-Match", created.header("ETag").orElseThrow()));
        Resp o = post("/juvenile/deliveries/" + id + "/outcome", HEAD,
                Map.of("outcome", "HANDED_TO_REPRESENTATIVE", "handedToId", parent), "If-Match",
                q.header("ETag").orElseThrow());
        assertStatus(200, o);
        assertEquals("HANDED_OVER", o.json().path("status").asText());
        assertTrue("no notice due: closed", o.json().path("closed").asBoolean());
        // no notice for a minor living in the area
        assertProblem(409, post("/juvenile/deliveries/" + created.json().path("id").asLong() + "/notice", INSPECTOR,
                Map.of("outgoingNumber", "1"), "If-Match", o.header("ETag").orElseThrow()));
    }

    @Test
    public void t03AdaptationCentreAgeRangeFromTheNorm() {
        LocalDate today = LocalDate.now(ALMATY);
        long two = person(today.minusYears(3).plusDays(1), Sex.MALE);
        long eighteen = person(today.minusYears(18), Sex.FEMALE);
        long three = person(today.minusYears(3), Sex.FEMALE);
        long seventeen = person(today.minusYears(18).plusDays(1), Sex.MALE);
        long before = total("/juvenile/placements?limit=1");
        for (long refused : new long[] {two, eighteen}) {
            JsonNode p = assertProblem(422, post("/juvenile/placements", INSPECTOR, placement(refused)));
            assertTrue("names personId: " + p, namesField(p, "personId"));
        }
        assertEquals("nothing written", before, total("/juvenile/placements?limit=1"));
        for (long accepted : new long[] {three, seventeen}) {
            Resp r = post("/juvenile/placements", INSPECTOR, placement(accepted));
            assertStatus(201, r);
            assertEquals("UNATTENDED_OR_HOMELESS", r.json().path("category").asText());
        }
        assertEquals(before + 2, total("/juvenile/placements?limit=1"));
        // one of the 4 categories only
        Map<String, Object> bad = new HashMap<>(placement(three));
        bad.put("category", "SOMETHING_ELSE");
        assertTrue(namesField(assertProblem(400, post("/juvenile/placements", INSPECTOR, bad)), "category"));
        // a minor already in the centre is not placed twice
        assertProblem(409, post("/juvenile/placements", INSPECTOR, placement(three)));
    }

    @Test
    public void t04LostChildActHasThreeTrackedCopies() {
        long child = person(LocalDate.now(ALMATY).minusYears(6), Sex.MALE);
        Resp placed = post("/juvenile/placements", INSPECTOR, placement(child));
        assertStatus(201, placed);
        Resp created = post("/juvenile/lost-child-acts", INSPECTOR, Map.of("personId", child, "foundAt",
                FRIDAY.toString(), "foundPlace", "Орталық базар", "receivingOrganisation",
                "Кәмелетке толмағандарды бейімдеу орталығы", "placementId", placed.json().path("id").asLong()));
        assertStatus(201, created);
        JsonNode copies = created.json().path("copies");
        assertEquals(3, copies.size());
        assertEquals("INFORMATION_RECORD_BOOK", copies.path(0).path("destination").asText());
        assertEquals("RECEIVING_ORGANISATION", copies.path(1).path("destination").asText());
        assertEquals("NOMENCLATURE_FILE", copies.path(2).path("destination").asText());
        assertFalse(created.json().path("complete").asBoolean());
        long id = created.json().path("id").asLong();
        String etag = created.header("ETag").orElseThrow();
        // copy 1: registered in the information record book, with its number
        assertTrue(namesField(assertProblem(422, put("/juvenile/lost-child-acts/" + id + "/copies/1", INSPECTOR,
                Map.of("registeredOn", "2026-10-23"), "If-Match", etag)), "registrationRef"));
        assertTrue(namesField(assertProblem(422, put("/juvenile/lost-child-acts/" + id + "/copies/4", INSPECTOR,
                Map.of("registeredOn", "2026-10-23"), "If-Match", etag)), "copyNo"));
        Resp r = put("/juvenile/lost-child-acts/" + id + "/copies/1", INSPECTOR, Map.of("registeredOn", "2026-10-23",
                "registrationRef", "КУИ № 4512"), "If-Match", etag);
        assertStatus(200, r);
        r = put("/juvenile/lost-child-acts/" + id + "/copies/2", INSPECTOR, Map.of("sentOn", "2026-10-23",
                "registeredOn", "2026-10-24"), "If-Match", r.header("ETag").orElseThrow());
        assertStatus(200, r);
        assertProblem(412, put("/juvenile/lost-child-acts/" + id + "/copies/3", INSPECTOR,
                Map.of("registeredOn", "2026-10-23"), "If-Match", etag));
        r = put("/juvenile/lost-child-acts/" + id + "/copies/3", INSPECTOR, Map.of("registeredOn", "2026-10-23"),
                "If-Match", r.header("ETag").orElseThrow());
        assertStatus(200, r);
        assertTrue("every copy registered: " + r.json(), r.json().path("complete").asBoolean());
        assertEquals("КУИ № 4512", r.json().path("copies").path(0).path("registrationRef").asText());
    }

    @Test
    public void t05TransportNoticesDueInThreeWorkingDays() {
        long runaway = person(LocalDate.now(ALMATY).minusYears(12), Sex.MALE);
        assertTrue(namesField(assertProblem(422, post("/juvenile/transport-notices", INSPECTOR, Map.of("personId",
                runaway, "kind", "RUNAWAY_FOUND", "facility", "Қарағанды-Сұрыптау вокзалы", "description", "Үйден қашқан",
                "recipientUnit", "Теміртау ҚПБ КТІ", "occurredAt", FRIDAY.toString()))), "childOutcome"));
        Resp r = post("/juvenile/transport-notices", INSPECTOR, Map.of("personId", runaway, "kind", "RUNAWAY_FOUND",
                "facility", "Қарағанды-Сұрыптау вокзалы", "description", "Үйден қашқан, әкесіне берілді",
                "childOutcome", "HANDED_TO_REPRESENTATIVE", "recipientUnit", "Теміртау ҚПБ КТІ", "occurredAt",
                FRIDAY.toString()));
        assertStatus(201, r);
        JsonNode calendar = get("/calendar/deadline?from=" + FRIDAY + "&amount=3&unit=WORKING_DAYS", ADMIN).json();
        assertEquals(Instant.parse(calendar.path("due").asText()), Instant.parse(r.json().path("dueAt").asText()));
        long taskId = r.json().path("taskId").asLong();
        assertEquals("juvenile.transport.runaway-notice-deadline",
                get("/tasks/" + taskId, ADMIN).json().path("normKey").asText());
        Resp s = post("/juvenile/transport-notices/" + r.json().path("id").asLong() + "/sent", INSPECTOR,
                Map.of("outgoingNumber", "Т-88", "sentOn", "2026-10-27"), "If-Match", r.header("ETag").orElseThrow());
        assertStatus(200, s);
        assertEquals("DONE", get("/tasks/" + taskId, ADMIN).json().path("status").asText());

        long offender = person(LocalDate.now(ALMATY).minusYears(16), Sex.MALE);
        Resp off = post("/juvenile/transport-notices", INSPECTOR, Map.of("personId", offender, "kind",
                "OFFENCE_ON_TRANSPORT", "facility", "Пойыз № 23", "description", "Вагондағы бұзақылық",
                "recipientUnit", "Алматы қ. ПД КТІ", "occurredAt", FRIDAY.toString()));
        assertStatus(201, off);
        assertEquals("juvenile.transport.offence-notice-deadline",
                get("/tasks/" + off.json().path("taskId").asLong(), ADMIN).json().path("normKey").asText());
    }

    @Test
    public void t06JointRaidLinksItsDeliveries() {
        Resp raid = post("/juvenile/raids", INSPECTOR, Map.of("heldOn", "2026-10-23", "place", "Сауда орталығы",
                "units", List.of("CRIMINAL_POLICE", "COUNTER_NARCOTICS"), "minorsEncountered", 4));
        assertStatus(201, raid);
        long raidId = raid.json().path("id").asLong();
        long minor = person(LocalDate.now(ALMATY).minusYears(15), Sex.MALE);
        long parent = person(LocalDate.of(1979, 5, 5), Sex.MALE);
        Map<String, Object> body = delivery(minor, parent, FRIDAY, false);
        body.put("raidId", raidId);
        body.put("ground", "INTOXICATION_IN_PUBLIC");
        Resp d = post("/juvenile/deliveries", INSPECTOR, body);
        assertStatus(201, d);
        assertEquals(raidId, d.json().path("raidId").asLong());
        JsonNode read = get("/juvenile/raids/" + raidId, INSPECTOR).json();
        assertEquals(d.json().path("id").asLong(), read.path("deliveryIds").path(0).asLong());
        // BR-J23: intoxication requires the medical examination referral
        assertTrue(namesField(assertProblem(422, post("/juvenile/deliveries/" + d.json().path("id").asLong()
                + "/checks", INSPECTOR, Map.of("recordsCheckResult", "Жоқ"), "If-Match",
                d.header("ETag").orElseThrow())), "medicalReferralTo"));
        body.put("raidId", 999_999_999L);
        assertTrue(namesField(assertProblem(422, post("/juvenile/deliveries", INSPECTOR, body)), "raidId"));
    }

    @Test
    public void t07OtherUnitsLearnNothing() throws Exception {
        long minor = person(LocalDate.now(ALMATY).minusYears(13), Sex.FEMALE);
        long parent = person(LocalDate.of(1985, 6, 6), Sex.FEMALE);
        Resp d = post("/juvenile/deliveries", INSPECTOR, delivery(minor, parent, null, false));
        assertStatus(201, d);
        long id = d.json().path("id").asLong();
        Resp placed = post("/juvenile/deliveries/" + id + "/outcome", INSPECTOR, Map.of("outcome",
                "PLACED_IN_CENTRE", "category", "CRUEL_TREATMENT", "centreName", "ЦАН",
                "handoverImpossibleReason", "Жестокое обращение в семье"), "If-Match", d.header("ETag").orElseThrow());
        assertStatus(200, placed);

        installDistrictUnit(featuresService);
        await("demo officers of the district unit", 60_000, () -> officerOf("district", "district.inspector") != null);
        assertProblem(403, get("/juvenile/deliveries/" + id, DISTRICT_INSPECTOR));
        await("DENIED audit row for the district inspector's read", 10_000, () -> {
            for (JsonNode row : get("/audit?user=district.inspector&subjectType=juvenile.delivery&subjectId=" + id,
                    ADMIN).json().path("items")) {
                if ("DENIED".equals(row.path("outcome").asText())) {
                    return true;
                }
            }
            return false;
        });
        JsonNode other = juvenileSection(get("/persons/" + minor + "/card", DISTRICT_INSPECTOR));
        assertTrue("a restricted section: " + other, other.path("restricted").asBoolean());
        assertTrue("no content: " + other, other.path("data").isNull() || other.path("data").isMissingNode());
        assertEquals("no alert either: " + other, 0, other.path("alerts").size());
        JsonNode head = juvenileSection(get("/persons/" + minor + "/card", HEAD));
        assertEquals(placed.json().path("placementId").asLong(),
                head.path("data").path("placements").path(0).path("id").asLong());
    }

    @Test
    public void t08ShellAnswersTheHeadsDailyQuestions() throws Exception {
        long minor = person(LocalDate.now(ALMATY).minusYears(15), Sex.MALE);
        long parent = person(LocalDate.of(1981, 7, 7), Sex.FEMALE);
        Resp d = post("/juvenile/deliveries", INSPECTOR, delivery(minor, parent, null, true));
        assertStatus(201, d);
        String out = shell(sessionFactory, "admin", "juvenile:deliveries --limit 500");
        assertTrue(out, out.contains(d.json().path("journalNumber").asText()));
        String centre = shell(sessionFactory, "admin", "juvenile:centre --limit 500");
        assertTrue(centre, centre.contains("of"));
    }

    // ---------------------------------------------------------------------------------------------------------

    private static long person(LocalDate birthDate, Sex sex) {
        return createPerson(personJson(newIin(birthDate, sex), districtBodyId("DEMO-CITY"))).json().path("id")
                .asLong();
    }

    private static Map<String, Object> delivery(long minor, long parent, Instant at, Boolean outside) {
        Map<String, Object> m = new HashMap<>();
        m.put("personId", minor);
        if (at != null) {
            m.put("deliveredAt", at.toString());
        }
        m.put("deliveredTo", "Қалалық ПБ / УП города");
        m.put("ground", "UNATTENDED_OR_HOMELESS");
        m.put("place", "Теміржол вокзалы");
        m.put("representativeIds", List.of(parent));
        m.put("upbringingConditions", "Толық емес отбасы, анасы жұмыста / неполная семья");
        m.put("causesAndConditions", "Үйден кетіп қалған / ушёл из дома");
        m.put("involvingPersons", "Жоқ");
        m.put("prohibitedSalePlaces", "«Береке» дүкені, Абай к-сі 5");
        if (outside != null) {
            m.put("residesOutsideArea", outside);
        }
        if (Boolean.TRUE.equals(outside)) {
            m.put("residenceUnit", "Қарағанды облысы ПД ЖПҚ");
        }
        return m;
    }

    private static Map<String, Object> placement(long person) {
        return Map.of("personId", person, "category", "UNATTENDED_OR_HOMELESS", "centreName",
                "Қалалық кәмелетке толмағандарды бейімдеу орталығы", "handoverImpossibleReason",
                "Ата-анасы анықталмады");
    }

    private static List<Long> ids(String path) {
        Resp r = get(path, INSPECTOR);
        assertStatus(200, r);
        List<Long> out = new ArrayList<>();
        r.json().path("items").forEach(n -> out.add(n.path("id").asLong()));
        return out;
    }

    private static JsonNode juvenileSection(Resp card) {
        assertStatus(200, card);
        for (JsonNode s : card.json().path("sections")) {
            if ("juvenile".equals(s.path("unitId").asText())) {
                return s;
            }
        }
        assertNotNull("a juvenile section in " + card, null);
        return MissingNode.getInstance();
    }
}
