package kz.police.lps.unit.district.internal.compliance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.Test;

import kz.police.lps.core.api.org.SettlementType;
import kz.police.lps.unit.district.internal.precinct.BuildingType;
import kz.police.lps.unit.district.internal.precinct.Premises;
import kz.police.lps.unit.district.internal.precinct.Rooms;

public class ComplianceRulesTest {

    private static final long REGION = 1;
    /** The act's values (§3.2): 3000 / 1000 / 2000 residents, 1 vehicle, 7 precincts, 1 point, 7.5 m². */
    private static final NormValues ACT = new NormValues(3000, 1000, 2000, 1, 1, 7, 1, new BigDecimal("7.5"));
    private static final Rooms ALL_ROOMS = new Rooms(true, true, true, true, true);

    private static List<ComplianceWarning> check(List<PointFacts> points, List<PrecinctFacts> precincts) {
        return check(points, precincts, ACT);
    }

    private static List<ComplianceWarning> check(List<PointFacts> points, List<PrecinctFacts> precincts,
            NormValues norms) {
        return ComplianceRules.evaluate(points, precincts, Map.of(REGION, norms));
    }

    private static Set<ComplianceRule> rules(List<ComplianceWarning> warnings) {
        return warnings.stream().map(ComplianceWarning::rule).collect(Collectors.toSet());
    }

    private static PointFacts point(long id, SettlementType type, Long head, Premises premises) {
        return new PointFacts(id, "UPP-" + id, type, 100L, REGION, null, head, false, premises, Set.of());
    }

    private static Premises premises(String area, int vehicles) {
        return new Premises(new BigDecimal(area), ALL_ROOMS, BuildingType.STANDALONE, false, true, vehicles, null,
                null);
    }

    private static PrecinctFacts precinct(long id, Long point, SettlementType type, int residents, Long inspector,
            String... settlements) {
        Map<String, String> s = new java.util.TreeMap<>();
        for (String name : settlements) {
            s.put(name.toLowerCase(), name);
        }
        return new PrecinctFacts(id, "P-" + id, point, type, REGION, residents, inspector, s);
    }

    @Test
    public void urbanResidentsAboveThreeThousandWarn() {
        // BR-01 (L187-190): at most 3000 residents per urban inspector; exactly 3000 is fine
        List<ComplianceWarning> w = check(List.of(point(1, SettlementType.URBAN, null, premises("30", 1))),
                List.of(precinct(11, 1L, SettlementType.URBAN, 3000, 501L),
                        precinct(12, 1L, SettlementType.URBAN, 3001, 502L)));
        List<ComplianceWarning> residents = w.stream()
                .filter(x -> x.rule() == ComplianceRule.RESIDENTS_PER_INSPECTOR_CITY).toList();
        assertEquals(1, residents.size());
        assertEquals(12, residents.get(0).nodeId());
        assertEquals(Long.valueOf(502), residents.get(0).officerId());
        assertEquals(new BigDecimal("3001"), residents.get(0).actual());
        assertEquals(new BigDecimal("3000"), residents.get(0).limit());
        assertEquals("BR-01", residents.get(0).ruleId());
        assertEquals("district.staffing.residents-per-inspector-city", residents.get(0).normKey());
    }

    @Test
    public void theInspectorHeadingAnUrbanPointHasTheThousandNorm() {
        // BR-02 (L191-194)
        List<ComplianceWarning> w = check(List.of(point(1, SettlementType.URBAN, 501L, premises("30", 1))),
                List.of(precinct(11, 1L, SettlementType.URBAN, 1500, 501L)));
        assertEquals(Set.of(ComplianceRule.RESIDENTS_PER_POINT_HEAD_CITY), rules(w));
        assertEquals(new BigDecimal("1000"), w.get(0).limit());
    }

    @Test
    public void ruralInspectorsHaveTheTwoThousandNormOverAllTheirPrecincts() {
        // BR-03 (L196-197): an inspector serving two precincts answers for both populations
        List<ComplianceWarning> w = check(List.of(point(1, SettlementType.RURAL, null, premises("30", 1))),
                List.of(precinct(11, 1L, SettlementType.RURAL, 1200, 501L, "Көктерек"),
                        precinct(12, 1L, SettlementType.RURAL, 900, 501L, "Көктерек")));
        List<ComplianceWarning> residents = w.stream()
                .filter(x -> x.rule() == ComplianceRule.RESIDENTS_PER_INSPECTOR_RURAL).toList();
        assertEquals(1, residents.size());
        assertEquals(new BigDecimal("2100"), residents.get(0).actual());
        assertEquals("P-11, P-12", residents.get(0).detail().en());
    }

    @Test
    public void aRegionsOverrideChangesTheWarnings() {
        List<PrecinctFacts> precincts = List.of(precinct(11, 1L, SettlementType.URBAN, 2500, 501L));
        List<PointFacts> points = List.of(point(1, SettlementType.URBAN, null, premises("30", 1)));
        assertTrue(check(points, precincts).isEmpty());
        NormValues lower = new NormValues(2000, 1000, 2000, 1, 1, 7, 1, new BigDecimal("7.5"));
        assertEquals(Set.of(ComplianceRule.RESIDENTS_PER_INSPECTOR_CITY), rules(check(points, precincts, lower)));
    }

    @Test
    public void aPrecinctWithoutInspectorWarns() {
        List<ComplianceWarning> w = check(List.of(point(1, SettlementType.URBAN, null, premises("30", 1))),
                List.of(precinct(11, 1L, SettlementType.URBAN, 100, null)));
        assertEquals(Set.of(ComplianceRule.NO_INSPECTOR), rules(w));
    }

    @Test
    public void vehiclesPerPointInCitiesAndDistrictCentresAndPerInspectorInVillages() {
        // BR-04 (L202-203): at least one per urban point
        List<ComplianceWarning> w = check(List.of(point(1, SettlementType.URBAN, null, premises("30", 0))),
                List.of(precinct(11, 1L, SettlementType.URBAN, 100, 501L)));
        assertEquals(Set.of(ComplianceRule.VEHICLES_PER_POINT), rules(w));
        // BR-05 (L205-206): one per rural inspector: two inspectors, one vehicle
        List<PrecinctFacts> village = List.of(precinct(21, 2L, SettlementType.RURAL, 800, 601L, "Сарыбұлақ"),
                precinct(22, 2L, SettlementType.RURAL, 700, 602L, "Сарыбұлақ"));
        w = check(List.of(point(2, SettlementType.RURAL, null, premises("30", 1))), village);
        assertEquals(Set.of(ComplianceRule.VEHICLES_PER_INSPECTOR_RURAL), rules(w));
        assertEquals(new BigDecimal("2"), w.get(0).limit());
        // a rural point in the district centre also needs its point vehicle (both rules)
        PointFacts centre = new PointFacts(2, "UPP-2", SettlementType.RURAL, 100L, REGION, null, null, true,
                premises("30", 0), Set.of());
        assertEquals(Set.of(ComplianceRule.VEHICLES_PER_POINT, ComplianceRule.VEHICLES_PER_INSPECTOR_RURAL),
                rules(check(List.of(centre), village)));
    }

    @Test
    public void officeAreaIsSevenAndAHalfSquareMetresPerOfficer() {
        // BR-08 (L385-386): three inspectors need 22.5 m²
        List<PrecinctFacts> precincts = List.of(precinct(11, 1L, SettlementType.URBAN, 100, 501L),
                precinct(12, 1L, SettlementType.URBAN, 100, 502L), precinct(13, 1L, SettlementType.URBAN, 100, 503L));
        assertTrue(check(List.of(point(1, SettlementType.URBAN, null, premises("22.5", 1))), precincts).isEmpty());
        List<ComplianceWarning> w = check(List.of(point(1, SettlementType.URBAN, null, premises("22.4", 1))),
                precincts);
        assertEquals(Set.of(ComplianceRule.OFFICE_AREA), rules(w));
        assertEquals(new BigDecimal("22.5"), w.get(0).limit());
        // the staff number the head set counts, not the officers found
        PointFacts staffed = new PointFacts(1, "UPP-1", SettlementType.URBAN, 100L, REGION, 4, null, false,
                premises("22.5", 1), Set.of());
        w = check(List.of(staffed), precincts);
        assertEquals(new BigDecimal("30"), w.get(0).limit());
        // assistants serving in the point count too
        PointFacts withAssistant = new PointFacts(1, "UPP-1", SettlementType.URBAN, 100L, REGION, null, null, false,
                premises("22.5", 1), Set.of(701L));
        assertEquals(Set.of(ComplianceRule.OFFICE_AREA), rules(check(List.of(withAssistant), precincts)));
    }

    @Test
    public void roomsEntranceAndLocationChecklist() {
        // BR-09 (L385-389) and BR-10 (L389-393)
        Premises poor = new Premises(new BigDecimal("50"), new Rooms(true, true, false, null, true),
                BuildingType.RESIDENTIAL, false, false, 1, null, null);
        List<ComplianceWarning> w = check(List.of(point(1, SettlementType.URBAN, null, poor)),
                List.of(precinct(11, 1L, SettlementType.URBAN, 100, 501L)));
        assertEquals(Set.of(ComplianceRule.ROOMS, ComplianceRule.SEPARATE_ENTRANCE, ComplianceRule.CENTRAL_LOCATION),
                rules(w));
        ComplianceWarning rooms = w.stream().filter(x -> x.rule() == ComplianceRule.ROOMS).findFirst().orElseThrow();
        assertEquals("room for delivered persons, separate rest room", rooms.detail().en());
        assertEquals(new BigDecimal("2"), rooms.actual());
    }

    @Test
    public void aPointWithoutPremisesRecordedWarnsOnceAndSkipsThePremisesRules() {
        List<ComplianceWarning> w = check(List.of(point(1, SettlementType.URBAN, null, null)),
                List.of(precinct(11, 1L, SettlementType.URBAN, 100, 501L)));
        assertEquals(List.of(ComplianceRule.PREMISES_NOT_RECORDED), w.stream().map(ComplianceWarning::rule).toList());
    }

    @Test
    public void tooManyPrecinctsInAnUrbanPoint() {
        // BR-06 (L329-331): the creation refuses the 8th, but a lowered norm makes existing points exceed it
        List<PrecinctFacts> precincts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            precincts.add(precinct(10 + i, 1L, SettlementType.URBAN, 100, 500L + i));
        }
        List<PointFacts> points = List.of(point(1, SettlementType.URBAN, null, premises("100", 1)));
        assertTrue(check(points, precincts).isEmpty());
        NormValues four = new NormValues(3000, 1000, 2000, 1, 1, 4, 1, new BigDecimal("7.5"));
        List<ComplianceWarning> w = check(points, precincts, four);
        assertEquals(Set.of(ComplianceRule.PRECINCTS_PER_POINT), rules(w));
        assertEquals(new BigDecimal("5"), w.get(0).actual());
    }

    @Test
    public void aRuralSettlementServedByTwoPointsWarnsOnBoth() {
        // BR-07 (L330-331)
        List<PointFacts> points = List.of(point(1, SettlementType.RURAL, null, premises("30", 1)),
                point(2, SettlementType.RURAL, null, premises("30", 1)));
        List<ComplianceWarning> w = check(points, List.of(precinct(11, 1L, SettlementType.RURAL, 800, 501L, "Үшқоңыр"),
                precinct(12, 2L, SettlementType.RURAL, 700, 502L, "Үшқоңыр")));
        assertEquals(2, w.size());
        assertEquals(Set.of(ComplianceRule.POINTS_PER_RURAL_SETTLEMENT), rules(w));
        assertEquals("Үшқоңыр", w.get(0).detail().kk());
        // different settlements: fine
        assertTrue(check(points, List.of(precinct(11, 1L, SettlementType.RURAL, 800, 501L, "Үшқоңыр"),
                precinct(12, 2L, SettlementType.RURAL, 700, 502L, "Жаңаталап"))).isEmpty());
    }

    @Test
    public void warningsComeInNodeCodeOrder() {
        List<ComplianceWarning> w = check(List.of(point(1, SettlementType.URBAN, null, null)),
                List.of(precinct(12, 1L, SettlementType.URBAN, 100, null),
                        precinct(11, 1L, SettlementType.URBAN, 5000, 501L)));
        assertEquals(List.of("P-11", "P-12", "UPP-1"), w.stream().map(ComplianceWarning::nodeCode).toList());
    }
}
