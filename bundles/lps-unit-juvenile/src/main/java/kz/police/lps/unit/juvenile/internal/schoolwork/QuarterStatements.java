package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.school.School;
import kz.police.lps.unit.juvenile.internal.school.Schools;
import kz.police.lps.unit.juvenile.internal.schoolwork.StatementDtos.AnnualReview;
import kz.police.lps.unit.juvenile.internal.schoolwork.StatementDtos.Draft;
import kz.police.lps.unit.juvenile.internal.schoolwork.StatementDtos.NewAnnualReview;
import kz.police.lps.unit.juvenile.internal.schoolwork.StatementDtos.NewStatement;
import kz.police.lps.unit.juvenile.internal.schoolwork.StatementDtos.Statement;

/**
 * The statement at the end of each academic quarter on offending among a school's students, the measures taken and
 * proposals to the school management (N-J12, BR-J14, L1128-1133), pre-filled from the quarter's recorded incidents,
 * councils and plan items; one per school per quarter (409). Issuing it completes the quarter's task and marks the
 * quarter's plan STATEMENT_ISSUED. The annual review of the joint work after the academic year (N-J13, BR-J15,
 * L1134-1138) is recorded by the head, one per department per academic year.
 */
@Component(service = QuarterStatements.class)
public class QuarterStatements {

    public static final String SUBJECT = "juvenile.quarter-statement";
    public static final String REVIEW = "juvenile.annual-review";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final Schools schools;
    private final AcademicCalendar academic;
    private final SchoolTasks tasks;
    private final WorkingCalendar calendar;

    @Activate
    public QuarterStatements(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference Schools schools, @Reference AcademicCalendar academic,
            @Reference SchoolTasks tasks, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.schools = schools;
        this.academic = academic;
        this.tasks = tasks;
        this.calendar = calendar;
    }

    /** The pre-filled draft of a school's statement for a quarter (audited read). */
    public Draft draft(Caller caller, Long schoolId, Integer startYear, Integer quarter) {
        access.requireReader(caller, SUBJECT, null);
        if (schoolId == null) {
            throw ValidationException.of("schoolId", "required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            School school = schools.find(em, caller, "schoolId", schoolId, AuditAction.READ);
            AcademicQuarter q = academic.quarter(em, "quarter", startYear, quarter);
            Draft d = draft(em, school, q);
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, null, school.departmentId(),
                    "draft for school " + schoolId + " " + q.code());
            return d;
        });
    }

    static Draft draft(EntityManager em, School school, AcademicQuarter q) {
        List<StudentIncidentEntity> incidents = StudentIncidents.incidentsOf(em, school.id(), q.startsOn(),
                q.vacationTo());
        Map<IncidentKind, Integer> byKind = new EnumMap<>(IncidentKind.class);
        incidents.forEach(i -> byKind.merge(i.getKind(), 1, Integer::sum));
        List<PreventionCouncilEntity> councils = em.createQuery("SELECT c FROM PreventionCouncilEntity c WHERE "
                + "c.incidentId IN (SELECT i.id FROM StudentIncidentEntity i WHERE i.schoolId = :s AND i.occurredOn "
                + ">= :f AND i.occurredOn <= :t) ORDER BY c.id", PreventionCouncilEntity.class)
                .setParameter("s", school.id()).setParameter("f", q.startsOn()).setParameter("t", q.vacationTo())
                .getResultList();
        JointPlanEntity plan = JointPlans.find(em, school.id(), q);
        List<JointPlanItemEntity> items = plan == null ? List.of() : JointPlans.items(em, plan.getId());
        int done = (int) items.stream().filter(i -> i.getDoneOn() != null).count();
        StringBuilder offending = new StringBuilder();
        offending.append(q.code()).append(": ").append(incidents.size())
                .append(" құқық бұзушылық / правонарушений / incidents");
        byKind.forEach((k, n) -> offending.append("; ").append(k.label().ru()).append(": ").append(n));
        List<String> measures = new ArrayList<>();
        councils.stream().filter(c -> c.getMeasures() != null)
                .forEach(c -> measures.add("Совет профилактики " + c.getHeldOn() + ": " + c.getMeasures()));
        items.stream().filter(i -> i.getDoneOn() != null).forEach(i -> measures.add(i.getItemType().label().ru()
                + " (" + i.getDoneOn() + "): " + i.getTitle() + (i.getResult() == null ? "" : " — " + i.getResult())));
        String measuresText = measures.isEmpty() ? "—" : String.join("\n", measures);
        String proposals = items.size() > done
                ? "Выполнить невыполненные пункты совместного плана: " + (items.size() - done) + " из " + items.size()
                : "—";
        return new Draft(school.id(), q.code(), q.startsOn(), q.endsOn(), plan == null ? null : plan.getId(), byKind,
                incidents.size(), councils.size(), done, items.size(), offending.toString(), measuresText, proposals);
    }

    public Statement issue(Caller caller, NewStatement n) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        if (n.schoolId() == null) {
            errors.add("schoolId", "required");
        }
        String offending = Checks.text(errors, "offending", n.offending(), 4000, false);
        String measures = Checks.text(errors, "measures", n.measures(), 4000, false);
        String proposals = Checks.text(errors, "proposals", n.proposals(), 4000, false);
        LocalDate issuedOn = n.issuedOn() == null ? today : n.issuedOn();
        if (issuedOn.isAfter(today)) {
            errors.add("issuedOn", "date.future");
        }
        errors.throwIfAny();
        Officer inspector = access.actingFor(caller, "inspectorId", null, AuditAction.CREATE, SUBJECT);
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            School school = schools.find(em, caller, "schoolId", n.schoolId(), AuditAction.CREATE);
            AcademicQuarter q = academic.quarter(em, "quarter", n.startYear(), n.quarter());
            if (issuedOn.isBefore(q.startsOn())) {
                throw ValidationException.of("issuedOn", "date.before", q.startsOn());
            }
            boolean exists = !em.createQuery("SELECT s.id FROM QuarterStatementEntity s WHERE s.schoolId = :s AND "
                    + "s.startYear = :y AND s.quarterNo = :q", Long.class).setParameter("s", school.id())
                    .setParameter("y", q.startYear()).setParameter("q", q.quarter()).getResultList().isEmpty();
            if (exists) {
                throw new ConflictException("quarter", "juvenile.schoolwork.statement.exists", q.code());
            }
            Draft d = draft(em, school, q);
            QuarterStatementEntity e = new QuarterStatementEntity();
            e.setDepartmentId(school.departmentId());
            e.setDepartmentPath(schools.pathOf(em, school.id()));
            e.setSchoolId(school.id());
            e.setStartYear(q.startYear());
            e.setQuarterNo(q.quarter());
            e.setInspectorId(inspector.id());
            e.setPlanId(d.planId());
            e.setIssuedOn(issuedOn);
            e.setOffending(offending != null ? offending : d.offending());
            e.setMeasures(measures != null ? measures : d.measures());
            e.setProposals(proposals != null ? proposals : d.proposals());
            e.setIncidents(d.incidents());
            e.setCouncils(d.councils());
            e.setItemsDone(d.itemsDone());
            e.setItemsTotal(d.itemsTotal());
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            if (d.planId() != null) {
                em.find(JointPlanEntity.class, d.planId()).setStatus(PlanStatus.STATEMENT_ISSUED);
            }
            em.flush();
            tasks.complete(caller, SchoolTasks.QUARTER_STATEMENT, Schools.SUBJECT, school.id(),
                    SchoolCycleObligations.statementKey(school.id(), q), "statement " + e.getId() + " issued");
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), e.getDepartmentId(),
                    "school " + school.id() + " " + q.code());
            return toDto(e);
        });
    }

    public Statement get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            QuarterStatementEntity e = em.find(QuarterStatementEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, SUBJECT, id);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    public Page<Statement> list(Caller caller, Long schoolId, Integer startYear, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String where = " FROM QuarterStatementEntity e WHERE e.departmentPath LIKE :scope"
                + (schoolId == null ? "" : " AND e.schoolId = :school")
                + (startYear == null ? "" : " AND e.startYear = :year");
        Page<Statement> result = jpa.txExpr(TransactionType.Supports, em -> {
            var select = em.createQuery("SELECT e" + where + " ORDER BY e.startYear DESC, e.quarterNo DESC, e.id",
                    QuarterStatementEntity.class).setParameter("scope", scope + "%");
            var count = em.createQuery("SELECT COUNT(e)" + where, Long.class).setParameter("scope", scope + "%");
            if (schoolId != null) {
                select.setParameter("school", schoolId);
                count.setParameter("school", schoolId);
            }
            if (startYear != null) {
                select.setParameter("year", startYear);
                count.setParameter("year", startYear);
            }
            List<Statement> items = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(QuarterStatements::toDto).toList();
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, null, null,
                "search school " + schoolId + " year " + startYear + " -> " + result.total());
        return result;
    }

    /** The annual review of a department's joint school work (the unit's head; one per academic year). */
    public AnnualReview review(Caller caller, NewAnnualReview n) {
        access.requireHead(caller, AuditAction.CREATE, REVIEW, null);
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        if (n.departmentId() == null) {
            errors.add("departmentId", "required");
        }
        if (n.startYear() == null) {
            errors.add("startYear", "required");
        }
        String participants = Checks.text(errors, "participants", n.participants(), 2000, true);
        String results = Checks.text(errors, "results", n.results(), 4000, true);
        LocalDate on = n.reviewedOn() == null ? today : n.reviewedOn();
        if (on.isAfter(today)) {
            errors.add("reviewedOn", "date.future");
        }
        errors.throwIfAny();
        String path = access.departmentPath(caller, "departmentId", n.departmentId(), AuditAction.CREATE, REVIEW,
                null);
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            AcademicQuarter last = academic.quarter(em, "startYear", n.startYear(), 4);
            if (!on.isAfter(last.endsOn())) {
                // BR-J15: after the academic year ends (L1134)
                throw ValidationException.of("reviewedOn", "juvenile.schoolwork.review.after", last.endsOn());
            }
            boolean exists = !em.createQuery("SELECT r.id FROM AnnualReviewEntity r WHERE r.departmentId = :d AND "
                    + "r.startYear = :y", Long.class).setParameter("d", n.departmentId())
                    .setParameter("y", n.startYear()).getResultList().isEmpty();
            if (exists) {
                throw new ConflictException("startYear", "juvenile.schoolwork.review.exists", n.startYear());
            }
            AnnualReviewEntity e = new AnnualReviewEntity();
            e.setDepartmentId(n.departmentId());
            e.setDepartmentPath(path);
            e.setStartYear(n.startYear());
            e.setReviewedOn(on);
            e.setParticipants(participants);
            e.setResults(results);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            em.flush();
            tasks.complete(caller, SchoolTasks.ANNUAL_REVIEW, SchoolCycleObligations.DEPARTMENT, n.departmentId(),
                    SchoolCycleObligations.reviewKey(n.departmentId(), n.startYear()), "review " + e.getId());
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, REVIEW, e.getId(), e.getDepartmentId(),
                    "academic year " + n.startYear());
            return new AnnualReview(e.getId(), e.getDepartmentId(), e.getStartYear(), e.getReviewedOn(),
                    e.getParticipants(), e.getResults(), e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
        });
    }

    static Statement toDto(QuarterStatementEntity e) {
        return new Statement(e.getId(), e.getDepartmentId(), e.getSchoolId(), StudentIncidents.code(e.getStartYear(),
                e.getQuarterNo()), e.getInspectorId(), e.getPlanId(), e.getIssuedOn(), e.getOffending(),
                e.getMeasures(), e.getProposals(), e.getIncidents(), e.getCouncils(), e.getItemsDone(),
                e.getItemsTotal(), e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }
}
