package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.school.School;
import kz.police.lps.unit.juvenile.internal.school.Schools;

/** The head's view of the schools of the scope: who keeps each file, this quarter's plan, open incidents. */
@Component(service = SchoolWorkOverview.class)
public class SchoolWorkOverview {

    /** One school's line. */
    public record Row(long schoolId, String name, Long keeperId, KeeperKind keeperKind, String quarter,
            PlanStatus planStatus, long openIncidents, long openCouncils) {
    }

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final Schools schools;
    private final AcademicCalendar academic;
    private final WorkingCalendar calendar;

    @Activate
    public SchoolWorkOverview(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference Schools schools, @Reference AcademicCalendar academic,
            @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.schools = schools;
        this.academic = academic;
        this.calendar = calendar;
    }

    public List<Row> rows(Caller caller, PageRequest page) {
        access.requireReader(caller, ControlFiles.SUBJECT, null);
        List<School> list = schools.list(caller, page).items();
        if (list.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(calendar.zone());
        Optional<AcademicQuarter> quarter = academic.quarterOn(today);
        List<Long> ids = list.stream().map(School::id).toList();
        List<Row> rows = jpa.txExpr(TransactionType.Supports, em -> {
            Map<Long, ControlFileEntity> files = new HashMap<>();
            em.createQuery("SELECT f FROM ControlFileEntity f WHERE f.schoolId IN :ids", ControlFileEntity.class)
                    .setParameter("ids", ids).getResultList().forEach(f -> files.put(f.getSchoolId(), f));
            Map<Long, PlanStatus> plans = new HashMap<>();
            quarter.ifPresent(q -> em.createQuery("SELECT p FROM JointPlanEntity p WHERE p.schoolId IN :ids AND "
                    + "p.startYear = :y AND p.quarterNo = :q", JointPlanEntity.class).setParameter("ids", ids)
                    .setParameter("y", q.startYear()).setParameter("q", q.quarter()).getResultList()
                    .forEach(p -> plans.put(p.getSchoolId(), JointPlans.effective(p, q, today))));
            Map<Long, Long> incidents = counts(em.createQuery("SELECT e.schoolId, COUNT(e) FROM "
                    + "StudentIncidentEntity e WHERE e.schoolId IN :ids AND e.reportedAt IS NULL GROUP BY e.schoolId",
                    Object[].class).setParameter("ids", ids).getResultList());
            Map<Long, Long> councils = counts(em.createQuery("SELECT c.schoolId, COUNT(c) FROM "
                    + "PreventionCouncilEntity c WHERE c.schoolId IN :ids AND c.heldOn IS NULL GROUP BY c.schoolId",
                    Object[].class).setParameter("ids", ids).getResultList());
            List<Row> out = new ArrayList<>();
            for (School s : list) {
                ControlFileEntity f = files.get(s.id());
                out.add(new Row(s.id(), s.name(), f == null ? null : f.getKeeperId(),
                        f == null ? null : f.getKeeperKind(), quarter.map(AcademicQuarter::code).orElse(null),
                        plans.get(s.id()), incidents.getOrDefault(s.id(), 0L), councils.getOrDefault(s.id(), 0L)));
            }
            return out;
        });
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, ControlFiles.SUBJECT, null, null,
                "overview of schools " + ids);
        return rows;
    }

    private static Map<Long, Long> counts(List<Object[]> rows) {
        Map<Long, Long> m = new HashMap<>();
        rows.forEach(r -> m.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return m;
    }
}
