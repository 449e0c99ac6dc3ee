package kz.police.lps.unit.district.internal.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.Periodicity;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.core.api.task.TaskQuery;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.core.api.task.TaskStatus;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;

/**
 * The inspectors' book of the district police points (WF-7, BR-23, textbook L616-624). Each point is inspected, with
 * the keeping of its precincts' passports, by the ЖПҚ head or deputy at least monthly, the deputy head of the
 * city/district body at least quarterly and its head at least half-yearly; {@link InspectionObligation} keeps one task
 * per point, level and period. Writing an inspection into the book completes that period's task for that point and
 * level, in the same transaction as the entry and its audit record. Heads write (the inspectors above the unit act
 * through the unit's head role or as {@code lps-admin}); the unit's roles read.
 */
@Component(service = InspectorsBook.class)
public class InspectorsBook {

    public static final String SUBJECT = "district.inspection";
    /** The core's subject type of an organisation node: the tasks are about the point. */
    public static final String POINT_SUBJECT = "org-unit";
    /** The recurring source's id, prefix of its origin keys. */
    public static final String SOURCE = "district.inspection";
    private static final int TEXT_MAX = 4000;

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final TaskService tasks;
    private final WorkingCalendar calendar;
    private final OrgService org;
    private final NormService norms;

    @Activate
    public InspectorsBook(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference TaskService tasks, @Reference WorkingCalendar calendar,
            @Reference OrgService org, @Reference NormService norms) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.tasks = tasks;
        this.calendar = calendar;
        this.org = org;
        this.norms = norms;
    }

    /** The origin key of the task for one point, level and period: {@code district.inspection:by-head:2026-H2:57}. */
    public static String originKey(InspectorLevel level, ReportingPeriod period, long pointId) {
        return SOURCE + ":" + level.code() + ":" + period + ":" + pointId;
    }

    /** The period of the level's periodicity, as in force in the point's region, that holds the day. */
    public ReportingPeriod periodOf(InspectorLevel level, long pointId, LocalDate day) {
        return Periodicity.periodOf(norms.effective(level.normKey(), pointId), day);
    }

    public Inspection record(Caller caller, NewInspection in) {
        access.requireHead(caller, AuditAction.CREATE, SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.pointId() == null) {
            errors.add("pointId", "required");
        }
        if (in.level() == null) {
            errors.add("level", "required");
        }
        String name = Checks.text(errors, "inspectorName", in.inspectorName(), 200, true);
        String position = Checks.text(errors, "inspectorPosition", in.inspectorPosition(), 200, false);
        if (in.inspectedOn() == null) {
            errors.add("inspectedOn", "required");
        } else if (in.inspectedOn().isAfter(LocalDate.now(calendar.zone()))) {
            errors.add("inspectedOn", "date.future");
        }
        String pointFindings = Checks.text(errors, "pointFindings", in.pointFindings(), TEXT_MAX, true);
        String passportFindings = Checks.text(errors, "passportFindings", in.passportFindings(), TEXT_MAX, true);
        String proposals = Checks.text(errors, "proposals", in.proposals(), TEXT_MAX, false);
        errors.throwIfAny();
        OrgUnit point = districtPoint(in.pointId())
                .orElseThrow(() -> ValidationException.of("pointId", "district.inspection.point",
                        String.valueOf(in.pointId())));
        String path = access.departmentPath(caller, "pointId", point.id(), AuditAction.CREATE, SUBJECT, null);
        ReportingPeriod period = periodOf(in.level(), point.id(), in.inspectedOn());
        return jpa.txExpr(TransactionType.Required, em -> {
            InspectionEntity e = new InspectionEntity();
            e.setPointId(point.id());
            e.setLevel(in.level());
            e.setPeriodCode(period.toString());
            e.setInspectorName(name);
            e.setInspectorPosition(position);
            e.setInspectedOn(in.inspectedOn());
            e.setPointFindings(pointFindings);
            e.setPassportFindings(passportFindings);
            e.setProposals(proposals);
            e.setDepartmentId(point.id());
            e.setDepartmentPath(path);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e); // the id now, the row inserted once with the task's id
            e.setTaskId(completeTask(caller, point.id(), in.level(), period, "Тексерушілер кітабы / книга "
                    + "проверяющих № " + e.getId() + ": " + in.inspectedOn() + ", " + name).orElse(null));
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), e.getDepartmentId());
            return toDto(e);
        });
    }

    public Inspection get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            InspectionEntity e = em.find(InspectionEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, SUBJECT, id);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** The book in the caller's scope, latest first: of one point, inspected from..to (both inclusive) when given. */
    public Page<Inspection> list(Caller caller, Long pointId, LocalDate from, LocalDate to, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw ValidationException.of("to", "date.before", "from");
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" FROM InspectionEntity i WHERE i.departmentPath LIKE :scope");
        params.put("scope", scope + "%");
        if (pointId != null) {
            where.append(" AND i.pointId = :p");
            params.put("p", pointId);
        }
        if (from != null) {
            where.append(" AND i.inspectedOn >= :from");
            params.put("from", from);
        }
        if (to != null) {
            where.append(" AND i.inspectedOn <= :to");
            params.put("to", to);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<InspectionEntity> q = em.createQuery("SELECT i" + where
                    + " ORDER BY i.inspectedOn DESC, i.id DESC", InspectionEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.limit());
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(i)" + where, Long.class);
            params.forEach((k, v) -> {
                q.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<Inspection> items = q.getResultList().stream().map(InspectorsBook::toDto).toList();
            audit.record(caller, AuditAction.READ, SUBJECT + "s", pointId == null ? null : "point " + pointId,
                    pointId);
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    /** The origin keys of the periods already inspected since the day, so the recurring source skips them. */
    Set<String> inspectedSince(LocalDate since) {
        return jpa.txExpr(TransactionType.Supports, em -> {
            Set<String> keys = new HashSet<>();
            for (Object[] row : em.createQuery("SELECT i.level, i.periodCode, i.pointId FROM InspectionEntity i "
                    + "WHERE i.inspectedOn >= :since", Object[].class).setParameter("since", since).getResultList()) {
                keys.add(SOURCE + ":" + ((InspectorLevel) row[0]).code() + ":" + row[1] + ":" + row[2]);
            }
            return keys;
        });
    }

    /** Completes the open task of the point, level and period, if there is one; its id. */
    private Optional<Long> completeTask(Caller caller, long pointId, InspectorLevel level, ReportingPeriod period,
            String outcome) {
        String key = originKey(level, period, pointId);
        Page<Task> open = tasks.search(caller, new TaskQuery(null, TaskStatus.OPEN, null, null, null,
                DistrictAccess.UNIT, level.normKey(), POINT_SUBJECT, String.valueOf(pointId), null),
                PageRequest.first(PageRequest.MAX_LIMIT));
        return open.items().stream().filter(t -> key.equals(t.originKey())).findFirst()
                .map(t -> tasks.complete(caller, t.id(), t.version(), outcome).id());
    }

    private Optional<OrgUnit> districtPoint(long id) {
        try {
            OrgUnit n = org.get(Caller.system(SOURCE), id);
            return n.kind() == OrgUnitKind.POLICE_POINT && DistrictAccess.UNIT.equals(n.unitType()) ? Optional.of(n)
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    static Inspection toDto(InspectionEntity e) {
        return new Inspection(e.getId(), e.getPointId(), e.getLevel(), e.getPeriodCode(), e.getInspectorName(),
                e.getInspectorPosition(), e.getInspectedOn(), e.getPointFindings(), e.getPassportFindings(),
                e.getProposals(), e.getTaskId(), e.getDepartmentId(), e.getCreatedBy(), e.getCreatedAt(),
                e.getVersion());
    }
}
