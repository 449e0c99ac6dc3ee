package kz.police.lps.unit.district.internal.precinct;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.error.VersionMismatchException;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.org.SettlementType;
import kz.police.lps.core.api.org.TerritoryEntry;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Names;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;

/**
 * Administrative precincts (WF-1): the head of the city/district body creates a precinct in a police point (the
 * grouping rules BR-06 / BR-07 checked against the norms), gives it its serial number by order (BR-11), sets and
 * approves its boundaries (BR-12) and assigns its inspector by order (L323-326). The precinct itself is the core's
 * organisation node (created here with the platform's caller once the head's right and scope are checked, and audited
 * as the head); the district facts are the unit's record keyed by the node id, created by the first update.
 */
@Component(service = PrecinctRegistry.class)
public class PrecinctRegistry {

    public static final String SUBJECT = "district.precinct";
    static final String MAX_URBAN = "district.dpp.max-precincts-urban";
    static final String PER_RURAL_SETTLEMENT = "district.dpp.per-rural-settlement";
    private static final int MAX_ADJACENT = 50;

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final DistrictTree tree;
    private final OrgService org;
    private final NormService norms;
    private final WorkingCalendar calendar;

    @Activate
    public PrecinctRegistry(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference DistrictTree tree, @Reference OrgService org,
            @Reference NormService norms, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.tree = tree;
        this.org = org;
        this.norms = norms;
        this.calendar = calendar;
    }

    /** A new precinct in a point, grouped by the rules of L329-331 (BR-06 urban, BR-07 rural). */
    public Precinct create(Caller caller, NewPrecinct p) {
        access.requireHead(caller, AuditAction.CREATE, SUBJECT, null);
        OrgUnit point = tree.field("pointId", p.pointId(), OrgUnitKind.POLICE_POINT);
        access.departmentPath(caller, "pointId", point.id(), AuditAction.CREATE, SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        SettlementType type = p.settlementType() != null ? p.settlementType() : point.settlementType();
        if (type == null) {
            errors.add("settlementType", "required");
        } else if (point.settlementType() != null && type != point.settlementType()) {
            errors.add("settlementType", "district.precincts.settlement-type.point", point.settlementType());
        }
        PrecinctChecks.range(errors, "residentCount", p.residentCount(), 0, 10_000_000, true);
        List<TerritoryEntry> territory = p.territory() == null ? List.of() : p.territory();
        boolean entries = true;
        for (int i = 0; i < territory.size(); i++) {
            if (territory.get(i) == null) {
                errors.add("territory[" + i + "]", "required");
                entries = false;
            }
        }
        if (entries && type == SettlementType.RURAL && Grouping.settlementKeys(territory).isEmpty()) {
            errors.add("territory", "district.precincts.territory.rural");
        }
        errors.throwIfAny();
        if (type == SettlementType.URBAN) {
            // BR-06 (L329-331): an urban point groups at most the norm's number of precincts
            int max = norms.intValue(MAX_URBAN, point.id());
            int existing = tree.children(point.id(), OrgUnitKind.PRECINCT).size();
            if (Grouping.urbanPointFull(existing, max)) {
                throw ValidationException.of("pointId", "district.precincts.point.full", point.code(), max);
            }
        } else {
            checkOnePointPerSettlement(point, territory);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            OrgUnit node = org.create(DistrictTree.SYSTEM, new OrgUnit(null, OrgUnitKind.PRECINCT, p.code(), p.name(),
                    point.id(), DistrictAccess.UNIT, null, type, p.residentCount(), territory, null));
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, node.id(), node.id(),
                    "precinct " + node.code() + " in point " + point.code());
            return view(node, true, null, List.of(), null);
        });
    }

    /** BR-07 (L330-331): a rural settlement is served by at most the norm's number of points (one). */
    private void checkOnePointPerSettlement(OrgUnit point, List<TerritoryEntry> territory) {
        Map<String, String> names = new LinkedHashMap<>();
        for (TerritoryEntry t : territory) {
            if (t != null && t.settlement() != null && !t.settlement().isBlank()) {
                names.putIfAbsent(Names.fold(t.settlement().strip()), t.settlement().strip());
            }
        }
        Map<Long, Set<String>> served = new HashMap<>();
        Map<Long, String> codes = new HashMap<>();
        for (OrgUnit other : tree.children(point.parentId(), OrgUnitKind.POLICE_POINT)) {
            codes.put(other.id(), other.code());
            Set<String> keys = new TreeSet<>();
            for (OrgUnit precinct : tree.children(other.id(), OrgUnitKind.PRECINCT)) {
                if (precinct.settlementType() != SettlementType.URBAN) {
                    keys.addAll(Grouping.settlementKeys(precinct.territory()));
                }
            }
            served.put(other.id(), keys);
        }
        int max = norms.intValue(PER_RURAL_SETTLEMENT, point.id());
        List<String> over = Grouping.overServed(names.keySet(), point.id(), served, max);
        if (!over.isEmpty()) {
            String settlement = over.get(0);
            String others = String.join(", ", Grouping.otherPoints(settlement, point.id(), served).stream()
                    .map(codes::get).toList());
            throw ValidationException.of("pointId", "district.precincts.settlement.served", names.get(settlement),
                    others);
        }
    }

    public Precinct get(Caller caller, long nodeId) {
        access.requireReader(caller, SUBJECT, nodeId);
        OrgUnit node = tree.node(SUBJECT, nodeId, OrgUnitKind.PRECINCT);
        access.requireInScope(caller, node.path(), node.id(), AuditAction.READ, SUBJECT, nodeId);
        Long serving = servingInspector(node);
        boolean inPoint = tree.inPoint(node);
        return jpa.txExpr(TransactionType.Required, em -> {
            PrecinctEntity e = em.find(PrecinctEntity.class, nodeId);
            List<Long> adjacent = adjacency(em, List.of(nodeId)).getOrDefault(nodeId, List.of());
            audit.record(caller, AuditAction.READ, SUBJECT, nodeId, nodeId);
            return view(node, inPoint, e, adjacent, serving);
        });
    }

    /** The precincts in the department's subtree (the caller's scope when null), or of one point, by code. */
    public Page<Precinct> list(Caller caller, Long departmentId, Long pointId, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String path = departmentId != null
                ? access.departmentPath(caller, "departmentId", departmentId, AuditAction.READ, SUBJECT, null)
                : caller.scope().pathPrefix();
        if (path == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        List<OrgUnit> nodes;
        if (pointId != null) {
            OrgUnit point = tree.field("pointId", pointId, OrgUnitKind.POLICE_POINT);
            access.requireInScope(caller, point.path(), point.id(), AuditAction.READ, SUBJECT, null);
            nodes = tree.children(pointId, OrgUnitKind.PRECINCT).stream()
                    .filter(n -> n.path().startsWith(path)).toList();
        } else {
            nodes = tree.nodes(OrgUnitKind.PRECINCT, path);
        }
        List<OrgUnit> window = nodes.subList(Math.min(page.offset(), nodes.size()),
                Math.min(page.offset() + page.limit(), nodes.size()));
        List<Long> ids = window.stream().map(OrgUnit::id).toList();
        Map<Long, Long> serving = tree.servingIn(ids);
        Set<Long> points = tree.points(window);
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<Long, PrecinctEntity> records = records(em, ids);
            Map<Long, List<Long>> adjacent = adjacency(em, ids);
            List<Precinct> items = new ArrayList<>();
            for (OrgUnit n : window) {
                items.add(view(n, points.contains(n.parentId()), records.get(n.id()),
                        adjacent.getOrDefault(n.id(), List.of()), serving.get(n.id())));
            }
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", pointId != null
                    ? "point " + pointId : "department " + departmentId, departmentId, null);
            return new Page<>(items, nodes.size(), page.limit(), page.offset());
        });
    }

    /**
     * The head records the precinct (the whole record replaced; If-Match: the record's version, 0 before the first):
     * serial number by order (BR-11, L333-335), boundaries approved (BR-12, L326-329, L350-354), inspector assigned
     * by order (L323-326), adjacent precincts (L369-374).
     */
    public Precinct update(Caller caller, long nodeId, Long expectedVersion, PrecinctUpdate u) {
        access.requireHead(caller, AuditAction.UPDATE, SUBJECT, nodeId);
        OrgUnit node = tree.node(SUBJECT, nodeId, OrgUnitKind.PRECINCT);
        access.requireInScope(caller, node.path(), node.id(), AuditAction.UPDATE, SUBJECT, nodeId);
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        PrecinctChecks.range(errors, "serialNumber", u.serialNumber(), 1, 99_999, u.serialOrder() != null);
        PrecinctChecks.order(errors, "serialOrder", u.serialOrder(), u.serialNumber() != null, today);
        Boundaries b = u.boundaries();
        String description = null;
        String distances = null;
        if (b != null) {
            description = Checks.text(errors, "boundaries.description", b.description(), 4000, true);
            PrecinctChecks.amount(errors, "boundaries.populationDensity", b.populationDensity(), 8);
            // rural precincts: the distances between settlements are part of the basis (L351-352)
            distances = Checks.text(errors, "boundaries.settlementDistances", b.settlementDistances(), 2000,
                    node.settlementType() == SettlementType.RURAL);
            PrecinctChecks.order(errors, "boundaries.order", b.order(), false, today);
        }
        if (u.inspectorId() == null && u.assignmentOrder() != null) {
            errors.add("inspectorId", "required");
        }
        PrecinctChecks.order(errors, "assignmentOrder", u.assignmentOrder(), u.inspectorId() != null, today);
        Set<Long> adjacent = new LinkedHashSet<>();
        List<Long> requested = u.adjacentPrecinctIds() == null ? List.of() : u.adjacentPrecinctIds();
        if (requested.size() > MAX_ADJACENT) {
            errors.add("adjacentPrecinctIds", "district.precincts.adjacent.many", MAX_ADJACENT);
        }
        for (int i = 0; i < requested.size() && i < MAX_ADJACENT; i++) {
            Long id = requested.get(i);
            String field = "adjacentPrecinctIds[" + i + "]";
            if (id == null) {
                errors.add(field, "required");
            } else if (id == nodeId) {
                errors.add(field, "district.precincts.adjacent.self");
            } else {
                adjacent.add(id);
            }
        }
        errors.throwIfAny();
        for (Long id : adjacent) {
            OrgUnit other = tree.field("adjacentPrecinctIds[" + requested.indexOf(id) + "]", id, OrgUnitKind.PRECINCT);
            access.requireInScope(caller, other.path(), other.id(), AuditAction.UPDATE, SUBJECT, nodeId);
        }
        Officer inspector = u.inspectorId() == null ? null
                : access.unitOfficer(caller, "inspectorId", u.inspectorId(), AuditAction.UPDATE, SUBJECT, nodeId);
        String bodyPath = tree.bodyPath(node);
        Long serving = servingInspector(node);
        boolean inPoint = tree.inPoint(node);
        String boundaryText = description;
        String distanceText = distances;
        return jpa.txExpr(TransactionType.Required, em -> {
            PrecinctEntity e = em.find(PrecinctEntity.class, nodeId);
            VersionMismatchException.check(expectedVersion, e == null ? 0 : e.getVersion());
            if (u.serialNumber() != null && !em.createQuery("SELECT p.nodeId FROM PrecinctEntity p WHERE "
                    + "p.bodyPath = :b AND p.serialNumber = :s AND p.nodeId <> :id", Long.class)
                    .setParameter("b", bodyPath).setParameter("s", u.serialNumber()).setParameter("id", nodeId)
                    .setMaxResults(1).getResultList().isEmpty()) {
                throw ValidationException.of("serialNumber", "district.precincts.serial.taken", u.serialNumber());
            }
            List<PrecinctAdjacencyEntity> pairs = em.createQuery("SELECT a FROM PrecinctAdjacencyEntity a "
                    + "WHERE a.low = :id OR a.high = :id", PrecinctAdjacencyEntity.class).setParameter("id", nodeId)
                    .getResultList();
            boolean created = e == null;
            if (created) {
                e = newRecord(node, bodyPath);
            }
            e.setSerialNumber(u.serialNumber());
            e.setSerialOrderNumber(u.serialOrder() == null ? null : u.serialOrder().number().strip());
            e.setSerialOrderDate(u.serialOrder() == null ? null : u.serialOrder().date());
            applyBoundaries(e, caller, b, boundaryText, distanceText);
            e.setInspectorId(inspector == null ? null : inspector.id());
            e.setAssignmentOrderNumber(u.assignmentOrder() == null ? null : u.assignmentOrder().number().strip());
            e.setAssignmentOrderDate(u.assignmentOrder() == null ? null : u.assignmentOrder().date());
            e.setUpdatedBy(caller.username());
            e.setUpdatedAt(Instant.now());
            if (created) {
                em.persist(e);
            }
            Set<Long> keep = new LinkedHashSet<>();
            for (PrecinctAdjacencyEntity a : pairs) {
                long other = a.other(nodeId);
                if (adjacent.contains(other)) {
                    keep.add(other);
                } else {
                    em.remove(a);
                }
            }
            for (Long other : adjacent) {
                if (!keep.contains(other)) {
                    em.persist(new PrecinctAdjacencyEntity(nodeId, other));
                }
            }
            em.flush();
            audit.record(caller, created ? AuditAction.CREATE : AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT,
                    nodeId, nodeId, "serial=" + e.getSerialNumber() + " inspector=" + e.getInspectorId()
                            + " adjacent=" + adjacent);
            return view(node, inPoint, e, List.copyOf(new TreeSet<>(adjacent)), serving);
        });
    }

    private static void applyBoundaries(PrecinctEntity e, Caller caller, Boundaries b, String description,
            String distances) {
        boolean changed = b == null ? e.getBoundaries() != null
                : !Objects.equals(description, e.getBoundaries())
                        || !sameAmount(b.populationDensity(), e.getPopulationDensity())
                        || !Objects.equals(distances, e.getSettlementDistances())
                        || !Objects.equals(b.order() == null ? null : b.order().number().strip(),
                                e.getBoundariesOrderNumber())
                        || !Objects.equals(b.order() == null ? null : b.order().date(), e.getBoundariesOrderDate());
        if (!changed) {
            return;
        }
        e.setBoundaries(description);
        e.setPopulationDensity(b == null ? null : b.populationDensity());
        e.setSettlementDistances(distances);
        e.setBoundariesOrderNumber(b == null || b.order() == null ? null : b.order().number().strip());
        e.setBoundariesOrderDate(b == null || b.order() == null ? null : b.order().date());
        // BR-12: the boundaries stand as approved by the head who recorded them (L352-354)
        e.setBoundariesApprovedBy(b == null ? null : caller.username());
        e.setBoundariesApprovedAt(b == null ? null : Instant.now());
    }

    private static boolean sameAmount(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    static PrecinctEntity newRecord(OrgUnit node, String bodyPath) {
        PrecinctEntity e = new PrecinctEntity();
        e.setNodeId(node.id());
        e.setDepartmentId(node.id());
        e.setDepartmentPath(node.path());
        e.setBodyPath(bodyPath);
        return e;
    }

    /** The district inspector serving in the precinct's node (the first by id), if any. */
    Long servingInspector(OrgUnit node) {
        return tree.servingIn(List.of(node.id())).get(node.id());
    }

    static Map<Long, PrecinctEntity> records(EntityManager em, List<Long> ids) {
        Map<Long, PrecinctEntity> out = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT p FROM PrecinctEntity p WHERE p.nodeId IN :ids", PrecinctEntity.class)
                    .setParameter("ids", ids).getResultList().forEach(p -> out.put(p.getNodeId(), p));
        }
        return out;
    }

    /** Precinct id → its adjacent precincts (sorted), for the given precincts. */
    static Map<Long, List<Long>> adjacency(EntityManager em, List<Long> ids) {
        Map<Long, Set<Long>> sets = new HashMap<>();
        if (!ids.isEmpty()) {
            Set<Long> wanted = Set.copyOf(ids);
            for (PrecinctAdjacencyEntity a : em.createQuery("SELECT a FROM PrecinctAdjacencyEntity a "
                    + "WHERE a.low IN :ids OR a.high IN :ids", PrecinctAdjacencyEntity.class).setParameter("ids", ids)
                    .getResultList()) {
                if (wanted.contains(a.getLow())) {
                    sets.computeIfAbsent(a.getLow(), k -> new TreeSet<>()).add(a.getHigh());
                }
                if (wanted.contains(a.getHigh())) {
                    sets.computeIfAbsent(a.getHigh(), k -> new TreeSet<>()).add(a.getLow());
                }
            }
        }
        Map<Long, List<Long>> out = new HashMap<>();
        sets.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    static Precinct view(OrgUnit n, boolean inPoint, PrecinctEntity e, List<Long> adjacent, Long servingInspector) {
        Long pointId = inPoint ? n.parentId() : null;
        if (e == null) {
            return new Precinct(n.id(), n.code(), n.name(), n.settlementType(), n.residentCount(), pointId, null, null,
                    null, servingInspector, false, null, adjacent, null, null, 0);
        }
        Boundaries b = e.getBoundaries() == null ? null
                : new Boundaries(e.getBoundaries(), e.getPopulationDensity(), e.getSettlementDistances(),
                        order(e.getBoundariesOrderNumber(), e.getBoundariesOrderDate()), e.getBoundariesApprovedBy(),
                        e.getBoundariesApprovedAt());
        boolean byOrder = e.getInspectorId() != null;
        return new Precinct(n.id(), n.code(), n.name(), n.settlementType(), n.residentCount(), pointId,
                e.getSerialNumber(), order(e.getSerialOrderNumber(), e.getSerialOrderDate()), b,
                byOrder ? e.getInspectorId() : servingInspector, byOrder,
                order(e.getAssignmentOrderNumber(), e.getAssignmentOrderDate()), adjacent, e.getUpdatedBy(),
                e.getUpdatedAt(), e.getVersion());
    }

    static OrderRef order(String number, LocalDate date) {
        return number == null && date == null ? null : new OrderRef(number, date);
    }
}
