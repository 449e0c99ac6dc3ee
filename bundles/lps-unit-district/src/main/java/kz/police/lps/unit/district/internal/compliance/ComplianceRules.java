package kz.police.lps.unit.district.internal.compliance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.org.SettlementType;
import kz.police.lps.unit.district.internal.precinct.Premises;
import kz.police.lps.unit.district.internal.precinct.Room;
import kz.police.lps.unit.district.internal.precinct.Rooms;

/**
 * The staffing-norm compliance rules as a pure function of the facts and the norms in force (US-03..05): residents
 * per inspector (BR-01..03), vehicles (BR-04, BR-05), precincts per point and points per rural settlement (BR-06,
 * BR-07), office area per officer (BR-08), the rooms checklist (BR-09), entrance and location (BR-10), and precincts
 * without an inspector. Every finding is a warning.
 */
public final class ComplianceRules {

    private ComplianceRules() {
    }

    /**
     * The warnings for the points and precincts given (precincts in code order), with each node's region's norms.
     *
     * @param normsByRegion region node id → the norm values in force there
     */
    public static List<ComplianceWarning> evaluate(List<PointFacts> points, List<PrecinctFacts> precincts,
            Map<Long, NormValues> normsByRegion) {
        List<ComplianceWarning> out = new ArrayList<>();
        residents(points, precincts, normsByRegion, out);
        Map<Long, List<PrecinctFacts>> byPoint = new HashMap<>();
        for (PrecinctFacts p : precincts) {
            if (p.inspectorId() == null) {
                out.add(ComplianceWarning.of(ComplianceRule.NO_INSPECTOR, p.nodeId(), p.code(), OrgUnitKind.PRECINCT,
                        null, null, null, null));
            }
            if (p.pointId() != null) {
                byPoint.computeIfAbsent(p.pointId(), k -> new ArrayList<>()).add(p);
            }
        }
        for (PointFacts point : points) {
            point(point, byPoint.getOrDefault(point.nodeId(), List.of()), normsByRegion.get(point.regionId()), out);
        }
        settlements(points, precincts, normsByRegion, out);
        out.sort(Comparator.comparing(ComplianceWarning::nodeCode).thenComparing(w -> w.rule().ordinal()));
        return out;
    }

    /** BR-01..03 (L187-197): the residents of all the precincts an inspector serves, against the norm for them. */
    private static void residents(List<PointFacts> points, List<PrecinctFacts> precincts,
            Map<Long, NormValues> normsByRegion, List<ComplianceWarning> out) {
        Set<Long> pointHeads = points.stream().map(PointFacts::headOfficerId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, List<PrecinctFacts>> byInspector = new LinkedHashMap<>();
        for (PrecinctFacts p : precincts) {
            if (p.inspectorId() != null) {
                byInspector.computeIfAbsent(p.inspectorId(), k -> new ArrayList<>()).add(p);
            }
        }
        for (Map.Entry<Long, List<PrecinctFacts>> e : byInspector.entrySet()) {
            List<PrecinctFacts> served = e.getValue();
            PrecinctFacts first = served.get(0);
            NormValues n = normsByRegion.get(first.regionId());
            boolean urban = served.stream().anyMatch(p -> p.settlementType() == SettlementType.URBAN);
            boolean rural = served.stream().allMatch(p -> p.settlementType() == SettlementType.RURAL);
            long residents = served.stream().mapToLong(PrecinctFacts::residentCount).sum();
            ComplianceRule rule;
            int limit;
            if (urban && pointHeads.contains(e.getKey())) {
                rule = ComplianceRule.RESIDENTS_PER_POINT_HEAD_CITY;
                limit = n.residentsPerPointHeadCity();
            } else if (urban) {
                rule = ComplianceRule.RESIDENTS_PER_INSPECTOR_CITY;
                limit = n.residentsPerInspectorCity();
            } else if (rural) {
                rule = ComplianceRule.RESIDENTS_PER_INSPECTOR_RURAL;
                limit = n.residentsPerInspectorRural();
            } else {
                continue; // settlement type not recorded
            }
            if (residents > limit) {
                LocalizedText detail = served.size() == 1 ? null
                        : same(served.stream().map(PrecinctFacts::code).collect(Collectors.joining(", ")));
                out.add(ComplianceWarning.of(rule, first.nodeId(), first.code(), OrgUnitKind.PRECINCT, e.getKey(),
                        BigDecimal.valueOf(residents), BigDecimal.valueOf(limit), detail));
            }
        }
    }

    private static void point(PointFacts point, List<PrecinctFacts> its, NormValues n, List<ComplianceWarning> out) {
        boolean urban = point.settlementType() == SettlementType.URBAN || point.settlementType() == null
                && its.stream().anyMatch(p -> p.settlementType() == SettlementType.URBAN);
        boolean rural = !urban && (point.settlementType() == SettlementType.RURAL
                || its.stream().anyMatch(p -> p.settlementType() == SettlementType.RURAL));
        if (urban && its.size() > n.maxPrecinctsUrban()) {
            out.add(warn(ComplianceRule.PRECINCTS_PER_POINT, point, its.size(), BigDecimal.valueOf(
                    n.maxPrecinctsUrban()), null));
        }
        Premises premises = point.premises();
        if (premises == null) {
            out.add(warn(ComplianceRule.PREMISES_NOT_RECORDED, point, null, null, null));
            return;
        }
        Set<Long> inspectors = its.stream().map(PrecinctFacts::inspectorId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        int vehicles = premises.vehicles() == null ? 0 : premises.vehicles();
        if ((urban || point.districtCentre()) && vehicles < n.vehiclesPerPointCity()) {
            out.add(warn(ComplianceRule.VEHICLES_PER_POINT, point, vehicles,
                    BigDecimal.valueOf(n.vehiclesPerPointCity()), null));
        }
        long ruralNeed = (long) n.vehiclesPerInspectorRural() * inspectors.size();
        if (rural && vehicles < ruralNeed) {
            out.add(warn(ComplianceRule.VEHICLES_PER_INSPECTOR_RURAL, point, vehicles, BigDecimal.valueOf(ruralNeed),
                    null));
        }
        int officers = officers(point, inspectors);
        if (officers > 0) {
            BigDecimal need = n.officeAreaPerOfficer().multiply(BigDecimal.valueOf(officers));
            if (premises.officeArea() == null || premises.officeArea().compareTo(need) < 0) {
                out.add(ComplianceWarning.of(ComplianceRule.OFFICE_AREA, point.nodeId(), point.code(),
                        OrgUnitKind.POLICE_POINT, null, premises.officeArea(), plain(need),
                        officersDetail(officers)));
            }
        }
        Rooms rooms = premises.rooms() == null ? new Rooms(null, null, null, null, null) : premises.rooms();
        List<Room> missing = rooms.missing();
        if (!missing.isEmpty()) {
            out.add(warn(ComplianceRule.ROOMS, point, missing.size(), null, join(missing)));
        }
        if (premises.buildingType() != null && premises.buildingType().needsSeparateEntrance()
                && !Boolean.TRUE.equals(premises.separateEntrance())) {
            out.add(warn(ComplianceRule.SEPARATE_ENTRANCE, point, null, null, premises.buildingType().label()));
        }
        if (!Boolean.TRUE.equals(premises.centralLocation())) {
            out.add(warn(ComplianceRule.CENTRAL_LOCATION, point, null, null, null));
        }
    }

    /**
     * The officers of a point for its office area (BR-08, "DPIs and assistants", L385-386): the staff number the head
     * set, else the district officers serving in it and its precincts, its precincts' inspectors and its head.
     */
    static int officers(PointFacts point, Set<Long> inspectors) {
        if (point.staffNumber() != null) {
            return point.staffNumber();
        }
        Set<Long> all = new HashSet<>(point.servingOfficers());
        all.addAll(inspectors);
        if (point.headOfficerId() != null) {
            all.add(point.headOfficerId());
        }
        return all.size();
    }

    /** BR-07 (L330-331): within a district unit, the points serving one rural settlement. */
    private static void settlements(List<PointFacts> points, List<PrecinctFacts> precincts,
            Map<Long, NormValues> normsByRegion, List<ComplianceWarning> out) {
        Map<Long, PointFacts> byId = new HashMap<>();
        points.forEach(p -> byId.put(p.nodeId(), p));
        Map<String, Set<Long>> serving = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (PrecinctFacts p : precincts) {
            PointFacts point = p.pointId() == null ? null : byId.get(p.pointId());
            if (point == null || p.settlementType() != SettlementType.RURAL) {
                continue;
            }
            for (Map.Entry<String, String> s : p.settlements().entrySet()) {
                String key = point.unitId() + "|" + s.getKey();
                serving.computeIfAbsent(key, k -> new TreeSet<>()).add(point.nodeId());
                names.putIfAbsent(key, s.getValue());
            }
        }
        for (Map.Entry<String, Set<Long>> e : serving.entrySet()) {
            Set<Long> ids = e.getValue();
            PointFacts any = byId.get(ids.iterator().next());
            int max = normsByRegion.get(any.regionId()).pointsPerRuralSettlement();
            if (ids.size() > max) {
                for (Long id : ids) {
                    out.add(warn(ComplianceRule.POINTS_PER_RURAL_SETTLEMENT, byId.get(id), ids.size(),
                            BigDecimal.valueOf(max), same(names.get(e.getKey()))));
                }
            }
        }
    }

    private static ComplianceWarning warn(ComplianceRule rule, PointFacts point, Integer actual, BigDecimal limit,
            LocalizedText detail) {
        return ComplianceWarning.of(rule, point.nodeId(), point.code(), OrgUnitKind.POLICE_POINT, null,
                actual == null ? null : BigDecimal.valueOf(actual), limit, detail);
    }

    /** Without trailing zeros, never in exponent form (7.5 × 4 = 30, not 3E+1). */
    static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static LocalizedText officersDetail(int officers) {
        return new LocalizedText(officers + " қызметкер", officers + " сотрудн.", officers + " officers");
    }

    private static LocalizedText join(List<Room> rooms) {
        return new LocalizedText(rooms.stream().map(r -> r.label().kk()).collect(Collectors.joining(", ")),
                rooms.stream().map(r -> r.label().ru()).collect(Collectors.joining(", ")),
                rooms.stream().map(r -> r.label().en()).collect(Collectors.joining(", ")));
    }

    private static LocalizedText same(String text) {
        return new LocalizedText(text, text, text);
    }
}
