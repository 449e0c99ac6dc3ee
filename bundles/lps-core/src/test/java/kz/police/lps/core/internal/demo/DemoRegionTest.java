package kz.police.lps.core.internal.demo;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.BeforeClass;
import org.junit.Test;

import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.org.SettlementType;
import kz.police.lps.core.api.person.Address;
import kz.police.lps.core.api.person.Iin;
import kz.police.lps.core.api.person.Names;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.person.Sex;
import kz.police.lps.core.internal.demo.DemoRegion.DemoOfficer;
import kz.police.lps.core.internal.demo.DemoRegion.DemoPerson;
import kz.police.lps.core.internal.demo.DemoRegion.Node;
import kz.police.lps.core.internal.org.PrecinctMatcher;
import kz.police.lps.core.internal.org.PrecinctMatcher.Candidate;

public class DemoRegionTest {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,63}");
    private static final int PERSONS = 3000;

    private static DemoRegion region;
    private static Map<String, Node> byCode;

    @BeforeClass
    public static void generate() {
        region = DemoRegion.generate(42L, PERSONS);
        byCode = new HashMap<>();
        region.nodes().forEach(n -> byCode.put(n.code(), n));
    }

    @Test
    public void sameSeedGivesSameData() {
        DemoRegion again = DemoRegion.generate(42L, PERSONS);
        assertEquals(region.nodes(), again.nodes());
        assertEquals(region.officers(), again.officers());
        assertEquals(region.persons(), again.persons());
    }

    @Test
    public void otherSeedGivesOtherPersons() {
        assertNotEquals(region.persons(), DemoRegion.generate(43L, PERSONS).persons());
    }

    @Test
    public void treeIsWellFormed() {
        Set<String> seen = new HashSet<>();
        for (Node n : region.nodes()) {
            assertTrue(n.code(), CODE.matcher(n.code()).matches());
            assertTrue("duplicate " + n.code(), seen.add(n.code()));
            Node parent = n.parentCode() == null ? null : byCode.get(n.parentCode());
            assertTrue("parent after child: " + n.code(), n.parentCode() == null || seen.contains(n.parentCode()));
            assertTrue(n.code(), n.kind().mayBeChildOf(parent == null ? null : parent.kind()));
            assertFalse(n.name().kk().isBlank());
            assertEquals(n.code(), n.kind() == OrgUnitKind.PRECINCT, !n.territory().isEmpty());
        }
        assertEquals(OrgUnitKind.REGION, byCode.get(region.regionCode()).kind());
        assertEquals(1, count(OrgUnitKind.REGION));
        assertEquals(1, count(OrgUnitKind.POLICE_DEPARTMENT));
        assertEquals(2, count(OrgUnitKind.DISTRICT_BODY));
        assertEquals(2, count(OrgUnitKind.LOCAL_POLICE_SERVICE));
        assertEquals(10, count(OrgUnitKind.UNIT));
    }

    @Test
    public void everyLpsHasTheFiveUnits() {
        for (Node lps : nodesOf(OrgUnitKind.LOCAL_POLICE_SERVICE)) {
            List<String> units = region.nodes().stream().filter(n -> lps.code().equals(n.parentCode()))
                    .map(Node::unitType).toList();
            assertEquals(DemoRegion.UNIT_IDS, units);
        }
    }

    @Test
    public void pointsAndPrecinctsFollowTheNorms() {
        for (Node point : nodesOf(OrgUnitKind.POLICE_POINT)) {
            assertEquals("district", point.unitType());
            assertEquals("district", byCode.get(point.parentCode()).unitType());
            List<Node> precincts = children(point);
            assertFalse(precincts.isEmpty());
            if (point.settlementType() == SettlementType.URBAN) {
                assertTrue(point.code(), precincts.size() <= 7);
            } else {
                Set<String> settlements = new HashSet<>();
                precincts.forEach(p -> p.territory().forEach(t -> settlements.add(t.settlement())));
                assertEquals("one settlement per rural point", 1, settlements.size());
            }
        }
        for (Node p : nodesOf(OrgUnitKind.PRECINCT)) {
            assertEquals("district", p.unitType());
            assertNotNull(p.settlementType());
            int residents = p.residentCount();
            if (p.settlementType() == SettlementType.URBAN) {
                assertTrue(residents >= 1500 && residents <= 3000);
                p.territory().forEach(t -> assertNotNull(t.street()));
            } else {
                assertTrue(residents >= 800 && residents <= 2000);
                p.territory().forEach(t -> assertNull(t.street()));
            }
        }
        long urbanPoints = nodesOf(OrgUnitKind.POLICE_POINT).stream()
                .filter(n -> n.settlementType() == SettlementType.URBAN).count();
        assertTrue(urbanPoints >= 2 && urbanPoints <= 3);
    }

    @Test
    public void officersAreAboutThirtyAndServeInExistingNodes() {
        int size = region.officers().size();
        assertTrue("officers: " + size, size >= 25 && size <= 36);
        Set<String> numbers = new HashSet<>();
        for (DemoOfficer o : region.officers()) {
            assertTrue(numbers.add(o.personnelNumber()));
            assertTrue(o.personnelNumber().matches("DM-\\d{6}"));
            assertTrue(Names.isValidName(o.surname()) && Names.isValidName(o.name())
                    && Names.isValidName(o.patronymic()));
            assertNotNull(byCode.get(o.departmentCode()));
            assertNull(o.login());
            assertFalse(o.rank().isBlank() || o.position().isBlank());
        }
        for (Node p : nodesOf(OrgUnitKind.PRECINCT)) {
            assertTrue(p.code(), region.officers().stream().anyMatch(o -> o.departmentCode().equals(p.code())
                    && "district".equals(o.unitType())));
        }
        assertTrue(region.officers().stream().anyMatch(o -> o.departmentCode().equals("DEMO-PD")));
    }

    @Test
    public void personsHaveValidUniqueIinsMatchingBirthDateAndSex() {
        assertEquals(PERSONS, region.persons().size());
        Set<String> iins = new HashSet<>();
        for (DemoPerson dp : region.persons()) {
            Person p = dp.person();
            assertEquals(p.iin(), Optional.empty(), Iin.check(p.iin()));
            assertTrue("duplicate IIN " + p.iin(), iins.add(p.iin()));
            Iin iin = Iin.parse(p.iin());
            assertEquals(iin.birthDate(), p.birthDate());
            assertEquals(iin.sex(), p.sex());
            int year = p.birthDate().getYear();
            assertTrue(year >= 1940 && year <= 2015);
            assertEquals("KZ", p.citizenship());
            assertNull(p.id());
            assertNull(p.departmentId());
            assertNull(p.precinctId());
            assertNull(p.version());
        }
    }

    @Test
    public void namesAreValidAndMatchTheSex() {
        for (DemoPerson dp : region.persons()) {
            Person p = dp.person();
            assertTrue(p.fullName(), Names.isValidName(p.surname()));
            assertTrue(p.fullName(), Names.isValidName(p.name()));
            assertTrue(p.fullName(), Names.isValidName(p.patronymic()));
            String patronymic = p.patronymic();
            if (p.sex() == Sex.MALE) {
                assertTrue(p.fullName(), patronymic.endsWith("ұлы") || patronymic.endsWith("ич"));
            } else {
                assertTrue(p.fullName(), patronymic.endsWith("қызы") || patronymic.endsWith("на"));
            }
        }
        assertEquals("Нұрланова", DemoRegion.gendered("Нұрланов", Sex.FEMALE));
        assertEquals("Нұрланов", DemoRegion.gendered("Нұрланов", Sex.MALE));
        assertEquals("Ким", DemoRegion.gendered("Ким", Sex.FEMALE));
        assertTrue("Kazakh letters in use", region.persons().stream().map(dp -> dp.person().fullName())
                .anyMatch(s -> s.chars().anyMatch(c -> "әғқңөұүһі".indexOf(c) >= 0)));
    }

    @Test
    public void everyActualAddressResolvesToExactlyOnePrecinctOfThePersonsBody() {
        for (DemoPerson dp : region.persons()) {
            Address actual = dp.person().actualAddress();
            Node precinct = resolve(actual);
            assertNotNull(actual.toString(), precinct);
            assertEquals(actual.toString(), dp.departmentCode(), bodyOf(precinct).code());
            assertEquals("overlapping territories at " + actual, 1, nodesOf(OrgUnitKind.PRECINCT).stream()
                    .filter(p -> PrecinctMatcher.bestMatch(actual, candidates(p, 0)).isPresent()).count());
            assertNotNull(dp.person().registeredAddress().toString(), resolve(dp.person().registeredAddress()));
        }
        long equalAddresses = region.persons().stream()
                .filter(dp -> dp.person().actualAddress().equals(dp.person().registeredAddress())).count();
        assertTrue("mostly equal addresses", equalAddresses > PERSONS * 8 / 10);
    }

    @Test
    public void everyPrecinctHasResidents() {
        Set<Node> inhabited = new HashSet<>();
        region.persons().forEach(dp -> inhabited.add(resolve(dp.person().actualAddress())));
        assertEquals(new HashSet<>(nodesOf(OrgUnitKind.PRECINCT)), inhabited);
    }

    @Test
    public void generationIsFast() {
        long start = System.nanoTime();
        DemoRegion.generate(7L, PERSONS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue("took " + millis + " ms", millis < 1000);
    }

    @Test
    public void zeroPersonsGivesTheSameOrganisation() {
        DemoRegion empty = DemoRegion.generate(42L, 0);
        assertTrue(empty.persons().isEmpty());
        assertEquals(region.nodes(), empty.nodes());
        assertEquals(region.officers(), empty.officers());
    }

    @Test(expected = IllegalArgumentException.class)
    public void negativeCountIsRejected() {
        DemoRegion.generate(1L, -1);
    }

    // ---- helpers ----

    private static long count(OrgUnitKind kind) {
        return nodesOf(kind).size();
    }

    private static List<Node> nodesOf(OrgUnitKind kind) {
        return region.nodes().stream().filter(n -> n.kind() == kind).toList();
    }

    private static List<Node> children(Node parent) {
        return region.nodes().stream().filter(n -> parent.code().equals(n.parentCode())).toList();
    }

    private static List<Candidate> candidates(Node precinct, long id) {
        return precinct.territory().stream().map(t -> new Candidate(id, t)).toList();
    }

    /** The precinct the core's matcher resolves an address to, or null. */
    private static Node resolve(Address address) {
        List<Node> precincts = nodesOf(OrgUnitKind.PRECINCT);
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < precincts.size(); i++) {
            all.addAll(candidates(precincts.get(i), i));
        }
        return PrecinctMatcher.bestMatch(address, all).map(c -> precincts.get((int) c.precinctId())).orElse(null);
    }

    private static Node bodyOf(Node node) {
        Node n = node;
        while (n.kind() != OrgUnitKind.DISTRICT_BODY) {
            n = byCode.get(n.parentCode());
        }
        return n;
    }
}
