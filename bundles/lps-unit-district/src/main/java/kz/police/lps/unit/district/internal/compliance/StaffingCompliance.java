package kz.police.lps.unit.district.internal.compliance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.person.Names;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;
import kz.police.lps.unit.district.internal.precinct.DistrictTree;
import kz.police.lps.unit.district.internal.precinct.PolicePointEntity;
import kz.police.lps.unit.district.internal.precinct.PrecinctEntity;
import kz.police.lps.unit.district.internal.precinct.PolicePoints;

/**
 * The staffing-norm compliance check (US-03..05) of a department's police points and precincts: gathers the facts
 * from the organisation tree (residents, settlement types, grouping), the officers serving there and the unit's
 * records (inspectors assigned, staff numbers, premises, vehicles), takes the norms in force in each region (a
 * region's override applies) and applies {@link ComplianceRules}.
 */
@Component(service = StaffingCompliance.class)
public class StaffingCompliance {

    public static final String SUBJECT = "district.compliance";
    static final List<String> NORM_KEYS = List.of("district.staffing.residents-per-inspector-city",
            "district.staffing.residents-per-dpp-head-city", "district.staffing.residents-per-inspector-rural",
            "district.vehicles.per-dpp-city", "district.vehicles.per-inspector-rural",
            "district.dpp.max-precincts-urban", "district.dpp.per-rural-settlement",
            "district.dpp.office-area-per-officer");

    /** Everything a check found, for the REST answer, the report and the shell. */
    public record Evaluation(Long departmentId, List<OrgUnit> points, List<OrgUnit> precincts,
            List<PointFacts> pointFacts, List<PrecinctFacts> precinctFacts, List<AppliedNorm> norms,
            List<ComplianceWarning> warnings, Map<Long, Officer> officers) {

        /** Warnings per node id. */
        public Map<Long, List<ComplianceWarning>> byNode() {
            Map<Long, List<ComplianceWarning>> out = new HashMap<>();
            warnings.forEach(w -> out.computeIfAbsent(w.nodeId(), k -> new ArrayList<>()).add(w));
            return out;
        }

        public ComplianceResult result() {
            return new ComplianceResult(departmentId, points.size(), precincts.size(), norms, warnings);
        }
    }

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final DistrictTree tree;
    private final NormService norms;

    @Activate
    public StaffingCompliance(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference DistrictTree tree, @Reference NormService norms) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.tree = tree;
        this.norms = norms;
    }

    public ComplianceResult check(Caller caller, Long departmentId) {
        return evaluate(caller, departmentId).result();
    }

    /** The check of the department's subtree (the caller's whole scope when null). */
    public Evaluation evaluate(Caller caller, Long departmentId) {
        access.requireReader(caller, SUBJECT, departmentId);
        String path = departmentId != null
                ? access.departmentPath(caller, "departmentId", departmentId, AuditAction.READ, SUBJECT, null)
                : caller.scope().pathPrefix();
        if (path == null) {
            return new Evaluation(departmentId, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    Map.of());
        }
        List<OrgUnit> points = tree.nodes(OrgUnitKind.POLICE_POINT, path);
        List<OrgUnit> precincts = tree.nodes(OrgUnitKind.PRECINCT, path);
        Map<Long, Officer> officers = new HashMap<>();
        Map<Long, Set<Long>> serving = new HashMap<>();
        for (Officer o : tree.officers(path)) {
            officers.put(o.id(), o);
            serving.computeIfAbsent(o.departmentId(), k -> new TreeSet<>()).add(o.id());
        }
        Map<Long, PrecinctEntity> precinctRecords = new HashMap<>();
        Map<Long, PolicePointEntity> pointRecords = new HashMap<>();
        jpa.tx(TransactionType.Supports, em -> {
            em.createQuery("SELECT p FROM PrecinctEntity p WHERE p.departmentPath LIKE :p", PrecinctEntity.class)
                    .setParameter("p", path + "%").getResultList().forEach(p -> precinctRecords.put(p.getNodeId(), p));
            em.createQuery("SELECT p FROM PolicePointEntity p WHERE p.departmentPath LIKE :p", PolicePointEntity.class)
                    .setParameter("p", path + "%").getResultList().forEach(p -> pointRecords.put(p.getNodeId(), p));
        });
        Set<Long> pointIds = new HashSet<>();
        points.forEach(p -> pointIds.add(p.id()));
        List<PrecinctFacts> precinctFacts = new ArrayList<>();
        Map<Long, Set<Long>> servingInPoint = new HashMap<>();
        for (OrgUnit n : precincts) {
            PrecinctEntity r = precinctRecords.get(n.id());
            Set<Long> here = serving.getOrDefault(n.id(), Set.of());
            Long inspector = r != null && r.getInspectorId() != null ? r.getInspectorId()
                    : here.isEmpty() ? null : here.iterator().next();
            if (inspector != null && !officers.containsKey(inspector)) {
                Officer o = tree.officer(inspector);
                if (o != null) {
                    officers.put(o.id(), o);
                }
            }
            Long pointId = pointIds.contains(n.parentId()) ? n.parentId() : null;
            if (pointId != null) {
                servingInPoint.computeIfAbsent(pointId, k -> new HashSet<>()).addAll(here);
            }
            precinctFacts.add(new PrecinctFacts(n.id(), n.code(), pointId, n.settlementType(), regionOf(n),
                    n.residentCount() == null ? 0 : n.residentCount(), inspector, settlements(n)));
        }
        List<PointFacts> pointFacts = new ArrayList<>();
        for (OrgUnit n : points) {
            PolicePointEntity r = pointRecords.get(n.id());
            Set<Long> staff = new HashSet<>(serving.getOrDefault(n.id(), Set.of()));
            staff.addAll(servingInPoint.getOrDefault(n.id(), Set.of()));
            pointFacts.add(new PointFacts(n.id(), n.code(), n.settlementType(), n.parentId(), regionOf(n),
                    r == null ? null : r.getStaffNumber(), r == null ? null : r.getHeadOfficerId(),
                    r != null && r.isDistrictCentre(), PolicePoints.premises(r), staff));
        }
        Map<Long, NormValues> values = new TreeMap<>();
        List<AppliedNorm> applied = new ArrayList<>();
        Set<Long> regions = new TreeSet<>();
        precinctFacts.forEach(p -> regions.add(p.regionId()));
        pointFacts.forEach(p -> regions.add(p.regionId()));
        for (Long region : regions) {
            Map<String, Norm> n = new LinkedHashMap<>();
            for (String key : NORM_KEYS) {
                Norm norm = norms.effective(key, region);
                n.put(key, norm);
                applied.add(new AppliedNorm(key, region, norm.value(), norm.overridden(), norm.lines()));
            }
            values.put(region, new NormValues(n.get(NORM_KEYS.get(0)).intValue(), n.get(NORM_KEYS.get(1)).intValue(),
                    n.get(NORM_KEYS.get(2)).intValue(), n.get(NORM_KEYS.get(3)).intValue(),
                    n.get(NORM_KEYS.get(4)).intValue(), n.get(NORM_KEYS.get(5)).intValue(),
                    n.get(NORM_KEYS.get(6)).intValue(), n.get(NORM_KEYS.get(7)).value()));
        }
        List<ComplianceWarning> warnings = ComplianceRules.evaluate(pointFacts, precinctFacts, values);
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, departmentId == null ? path
                : departmentId, departmentId, warnings.size() + " warnings");
        return new Evaluation(departmentId, points, precincts, pointFacts, precinctFacts, applied, warnings, officers);
    }

    private static long regionOf(OrgUnit n) {
        return Long.parseLong(n.path().split("/")[1]);
    }

    private static Map<String, String> settlements(OrgUnit n) {
        Map<String, String> out = new TreeMap<>();
        n.territory().forEach(t -> {
            if (t.settlement() != null && !t.settlement().isBlank()) {
                out.putIfAbsent(Names.fold(t.settlement().strip()), t.settlement().strip());
            }
        });
        return out;
    }
}
