package kz.police.lps.unit.district.internal.precinct;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.error.VersionMismatchException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;

/**
 * District police points (УПП, §4.2): the head of the city/district body creates a point under the district unit's
 * node, sets its staff number by order (BR-12, L327-329), names the inspector heading it (L191-194) and whether it
 * sits in the district centre; the head or the point's own head records its premises and vehicles (US-05, L385-393,
 * L199-206). The point is the core's organisation node; the unit keeps its record keyed by the node id.
 */
@Component(service = PolicePoints.class)
public class PolicePoints {

    public static final String SUBJECT = "district.police-point";

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final DistrictTree tree;
    private final OrgService org;
    private final WorkingCalendar calendar;

    @Activate
    public PolicePoints(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference DistrictTree tree, @Reference OrgService org,
            @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.tree = tree;
        this.org = org;
        this.calendar = calendar;
    }

    public PolicePoint create(Caller caller, NewPolicePoint p) {
        access.requireHead(caller, AuditAction.CREATE, SUBJECT, null);
        OrgUnit unit = tree.field("unitId", p.unitId(), OrgUnitKind.UNIT);
        access.departmentPath(caller, "unitId", unit.id(), AuditAction.CREATE, SUBJECT, null);
        if (p.settlementType() == null) {
            throw ValidationException.of("settlementType", "required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            OrgUnit node = org.create(DistrictTree.SYSTEM, new OrgUnit(null, OrgUnitKind.POLICE_POINT, p.code(),
                    p.name(), unit.id(), DistrictAccess.UNIT, null, p.settlementType(), null, null, null));
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, node.id(), node.id(),
                    "point " + node.code());
            return view(node, List.of(), null);
        });
    }

    public PolicePoint get(Caller caller, long nodeId) {
        access.requireReader(caller, SUBJECT, nodeId);
        OrgUnit node = tree.node(SUBJECT, nodeId, OrgUnitKind.POLICE_POINT);
        access.requireInScope(caller, node.path(), node.id(), AuditAction.READ, SUBJECT, nodeId);
        List<Long> precincts = precinctIds(node);
        return jpa.txExpr(TransactionType.Required, em -> {
            PolicePointEntity e = em.find(PolicePointEntity.class, nodeId);
            audit.record(caller, AuditAction.READ, SUBJECT, nodeId, nodeId);
            return view(node, precincts, e);
        });
    }

    /** The points in the department's subtree (the caller's scope when null), by code. */
    public Page<PolicePoint> list(Caller caller, Long departmentId, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String path = departmentId != null
                ? access.departmentPath(caller, "departmentId", departmentId, AuditAction.READ, SUBJECT, null)
                : caller.scope().pathPrefix();
        if (path == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        List<OrgUnit> nodes = tree.nodes(OrgUnitKind.POLICE_POINT, path);
        List<OrgUnit> window = nodes.subList(Math.min(page.offset(), nodes.size()),
                Math.min(page.offset() + page.limit(), nodes.size()));
        Map<Long, List<Long>> precincts = new HashMap<>();
        for (OrgUnit precinct : tree.nodes(OrgUnitKind.PRECINCT, path)) {
            precincts.computeIfAbsent(precinct.parentId(), k -> new ArrayList<>()).add(precinct.id());
        }
        List<Long> ids = window.stream().map(OrgUnit::id).toList();
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<Long, PolicePointEntity> records = records(em, ids);
            List<PolicePoint> items = new ArrayList<>();
            for (OrgUnit n : window) {
                items.add(view(n, precincts.getOrDefault(n.id(), List.of()), records.get(n.id())));
            }
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", "department " + departmentId,
                    departmentId, null);
            return new Page<>(items, nodes.size(), page.limit(), page.offset());
        });
    }

    /** The head sets the staff number by order (BR-12, L327-329), the point's head and district-centre flag. */
    public PolicePoint update(Caller caller, long nodeId, Long expectedVersion, PointUpdate u) {
        access.requireHead(caller, AuditAction.UPDATE, SUBJECT, nodeId);
        OrgUnit node = tree.node(SUBJECT, nodeId, OrgUnitKind.POLICE_POINT);
        access.requireInScope(caller, node.path(), node.id(), AuditAction.UPDATE, SUBJECT, nodeId);
        ValidationException.Collector errors = new ValidationException.Collector();
        PrecinctChecks.range(errors, "staffNumber", u.staffNumber(), 0, 999, u.staffOrder() != null);
        PrecinctChecks.order(errors, "staffOrder", u.staffOrder(), u.staffNumber() != null,
                LocalDate.now(calendar.zone()));
        errors.throwIfAny();
        Officer head = u.headOfficerId() == null ? null
                : access.unitOfficer(caller, "headOfficerId", u.headOfficerId(), AuditAction.UPDATE, SUBJECT,
                        nodeId);
        List<Long> precincts = precinctIds(node);
        return jpa.txExpr(TransactionType.Required, em -> {
            PolicePointEntity e = em.find(PolicePointEntity.class, nodeId);
            VersionMismatchException.check(expectedVersion, e == null ? 0 : e.getVersion());
            boolean created = e == null;
            if (created) {
                e = newRecord(node);
            }
            e.setStaffNumber(u.staffNumber());
            e.setStaffOrderNumber(u.staffOrder() == null ? null : u.staffOrder().number().strip());
            e.setStaffOrderDate(u.staffOrder() == null ? null : u.staffOrder().date());
            e.setHeadOfficerId(head == null ? null : head.id());
            e.setDistrictCentre(Boolean.TRUE.equals(u.districtCentre()));
            return save(em, caller, e, created, node, precincts, "staff=" + u.staffNumber() + " head=" + u.headOfficerId());
        });
    }

    /** The point's premises and vehicles (US-05): by the head, or by the inspector heading the point. */
    public PolicePoint updatePremises(Caller caller, long nodeId, Long expectedVersion, Premises p) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, nodeId);
        OrgUnit node = tree.node(SUBJECT, nodeId, OrgUnitKind.POLICE_POINT);
        access.requireInScope(caller, node.path(), node.id(), AuditAction.UPDATE, SUBJECT, nodeId);
        ValidationException.Collector errors = new ValidationException.Collector();
        PrecinctChecks.amount(errors, "officeArea", p.officeArea(), 6);
        if (p.officeArea() == null) {
            errors.add("officeArea", "required");
        }
        if (p.buildingType() == null) {
            errors.add("buildingType", "required");
        }
        PrecinctChecks.range(errors, "vehicles", p.vehicles(), 0, 999, true);
        String receptionPhone = PrecinctChecks.phone(errors, "receptionPhone", p.receptionPhone());
        String dutyPhone = PrecinctChecks.phone(errors, "dutyPhone", p.dutyPhone());
        errors.throwIfAny();
        List<Long> precincts = precinctIds(node);
        Rooms rooms = p.rooms() == null ? new Rooms(null, null, null, null, null) : p.rooms();
        return jpa.txExpr(TransactionType.Required, em -> {
            PolicePointEntity e = em.find(PolicePointEntity.class, nodeId);
            if (!access.isHead(caller) && (e == null || e.getHeadOfficerId() == null
                    || !access.officerIdOf(caller).map(e.getHeadOfficerId()::equals).orElse(false))) {
                throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, nodeId, nodeId, "not the head of the point");
            }
            VersionMismatchException.check(expectedVersion, e == null ? 0 : e.getVersion());
            boolean created = e == null;
            if (created) {
                e = newRecord(node);
            }
            e.setPremisesRecorded(true);
            e.setOfficeArea(p.officeArea());
            e.setWorkOffices(Boolean.TRUE.equals(rooms.workOffices()));
            e.setReceptionRoom(Boolean.TRUE.equals(rooms.receptionRoom()));
            e.setDeliveredPersonsRoom(Boolean.TRUE.equals(rooms.deliveredPersonsRoom()));
            e.setRestRoom(Boolean.TRUE.equals(rooms.restRoom()));
            e.setSanitaryUnit(Boolean.TRUE.equals(rooms.sanitaryUnit()));
            e.setBuildingType(p.buildingType());
            e.setSeparateEntrance(Boolean.TRUE.equals(p.separateEntrance()));
            e.setCentralLocation(Boolean.TRUE.equals(p.centralLocation()));
            e.setVehicles(p.vehicles());
            e.setReceptionPhone(receptionPhone);
            e.setDutyPhone(dutyPhone);
            return save(em, caller, e, created, node, precincts, "premises area=" + p.officeArea() + " vehicles="
                    + p.vehicles());
        });
    }

    private PolicePoint save(EntityManager em, Caller caller, PolicePointEntity e, boolean created, OrgUnit node,
            List<Long> precincts, String details) {
        e.setUpdatedBy(caller.username());
        e.setUpdatedAt(Instant.now());
        if (created) {
            em.persist(e);
        }
        em.flush();
        audit.record(caller, created ? AuditAction.CREATE : AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT,
                node.id(), node.id(), details);
        return view(node, precincts, e);
    }

    private List<Long> precinctIds(OrgUnit point) {
        return tree.children(point.id(), OrgUnitKind.PRECINCT).stream().map(OrgUnit::id).toList();
    }

    private static PolicePointEntity newRecord(OrgUnit node) {
        PolicePointEntity e = new PolicePointEntity();
        e.setNodeId(node.id());
        e.setDepartmentId(node.id());
        e.setDepartmentPath(node.path());
        return e;
    }

    static Map<Long, PolicePointEntity> records(EntityManager em, List<Long> ids) {
        Map<Long, PolicePointEntity> out = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT p FROM PolicePointEntity p WHERE p.nodeId IN :ids", PolicePointEntity.class)
                    .setParameter("ids", ids).getResultList().forEach(p -> out.put(p.getNodeId(), p));
        }
        return out;
    }

    static PolicePoint view(OrgUnit n, List<Long> precincts, PolicePointEntity e) {
        if (e == null) {
            return new PolicePoint(n.id(), n.code(), n.name(), n.settlementType(), n.parentId(), precincts, null,
                    null, null, false, null, null, null, 0);
        }
        return new PolicePoint(n.id(), n.code(), n.name(), n.settlementType(), n.parentId(), precincts,
                e.getStaffNumber(), PrecinctRegistry.order(e.getStaffOrderNumber(), e.getStaffOrderDate()),
                e.getHeadOfficerId(), e.isDistrictCentre(), premises(e), e.getUpdatedBy(), e.getUpdatedAt(),
                e.getVersion());
    }

    /** The recorded premises, or null when none were recorded. */
    public static Premises premises(PolicePointEntity e) {
        if (e == null || !e.isPremisesRecorded()) {
            return null;
        }
        return new Premises(e.getOfficeArea(), new Rooms(e.isWorkOffices(), e.isReceptionRoom(),
                e.isDeliveredPersonsRoom(), e.isRestRoom(), e.isSanitaryUnit()), e.getBuildingType(),
                e.isSeparateEntrance(), e.isCentralLocation(), e.getVehicles(), e.getReceptionPhone(),
                e.getDutyPhone());
    }
}
