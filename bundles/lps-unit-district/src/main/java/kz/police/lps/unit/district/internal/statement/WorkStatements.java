package kz.police.lps.unit.district.internal.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.calendar.ReportingPeriod;
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
import kz.police.lps.core.api.security.DataScope;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;
import kz.police.lps.unit.district.internal.planning.PeriodicObligations;
import kz.police.lps.unit.district.internal.planning.PlanningRules;

/**
 * Monthly statements of work done (WF-6, BR-22; textbook L437-441): every district inspector and assistant submits
 * one a month to the ЖПҚ head, deputy or the inspector for management of DPI activity, who generalises them (the
 * list of a month). The figures are the unit's, counted from recorded activity ({@link ActivityFigures}) when the
 * statement is submitted; submitting completes the officer's task of that month (created by
 * {@link kz.police.lps.unit.district.internal.WorkStatementObligation}) in the same transaction. One statement per
 * officer and month; a month that has not begun takes none.
 */
@Component(service = WorkStatements.class)
public class WorkStatements {

    public static final String SUBJECT = "district.work-statement";
    /** The recurring obligation's task kind ({@code WorkStatementObligation#id()}). */
    public static final String TASK_KIND = "district.work-statement";
    /** N-15: every month. */
    public static final String NORM = "district.work-statement.periodicity";

    private static final int TEXT_MAX = 4000;

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final WorkingCalendar calendar;
    private final PeriodicObligations obligations;
    private final ActivityFigures figures;

    @Activate
    public WorkStatements(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference WorkingCalendar calendar,
            @Reference PeriodicObligations obligations, @Reference ActivityFigures figures) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
        this.obligations = obligations;
        this.figures = figures;
    }

    /** The figures a statement of the month would carry now (nothing written). */
    public StatementFigures draft(Caller caller, Long officerId, String month) {
        access.requireReader(caller, SUBJECT, null);
        Officer officer = officerId == null
                ? access.actingFor(caller, "officer", null, AuditAction.READ, SUBJECT)
                : access.unitOfficer(caller, "officer", officerId, AuditAction.READ, SUBJECT, null);
        ReportingPeriod period = month(officer, month);
        return figures.of(caller, officer.id(), period);
    }

    /** Submits the statement of a month with the unit's figures; completes the month's obligation task. */
    public WorkStatement submit(Caller caller, NewWorkStatement s) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        String text = Checks.text(errors, "text", s.text(), TEXT_MAX, true);
        String to = Checks.text(errors, "submittedTo", s.submittedTo(), 300, false);
        if (s.month() == null || s.month().isBlank()) {
            errors.add("month", "required");
        }
        errors.throwIfAny();
        Officer officer = access.actingFor(caller, "officerId", s.officerId(), AuditAction.CREATE, SUBJECT);
        ReportingPeriod month = month(officer, s.month());
        String path = access.departmentPath(caller, "officerId", officer.departmentId(), AuditAction.CREATE, SUBJECT,
                null);
        StatementFigures f = figures.of(caller, officer.id(), month);
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Long> existing = em.createQuery("SELECT e.id FROM WorkStatementEntity e WHERE e.officerId = :o"
                    + " AND e.period = :p", Long.class).setParameter("o", officer.id())
                    .setParameter("p", month.toString()).getResultList();
            if (!existing.isEmpty()) {
                throw new ConflictException("month", "district.statement.exists", existing.get(0));
            }
            WorkStatementEntity e = new WorkStatementEntity();
            e.setOfficerId(officer.id());
            e.setDepartmentId(officer.departmentId());
            e.setDepartmentPath(path);
            e.setPeriod(month.toString());
            e.setText(text);
            e.setSubmittedTo(to);
            e.setNotebookIssued(f.notebookIssued());
            e.setNotebookDone(f.notebookDone());
            e.setApplicationsDecided(f.applicationsDecided());
            e.setRegisterChecks(f.registerChecks());
            e.setPublicReports(f.publicReports());
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            e.setTaskId(obligations.complete(caller, TASK_KIND, officer, month,
                    "анықтама ұсынылды / справка представлена " + month).orElse(null));
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), e.getDepartmentId());
            return toDto(e);
        });
    }

    public WorkStatement get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            WorkStatementEntity e = em.find(WorkStatementEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, SUBJECT, id);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** The statements in the caller's scope (the generalisation of a month); of one month and/or officer. */
    public Page<WorkStatement> list(Caller caller, String month, Long officerId, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        ReportingPeriod period = month == null ? null
                : PlanningRules.period("month", month, ReportingPeriod.Kind.MONTH);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String where = " FROM WorkStatementEntity e WHERE e.departmentPath LIKE :scope"
                + (period != null ? " AND e.period = :period" : "")
                + (officerId != null ? " AND e.officerId = :officer" : "");
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<WorkStatementEntity> q = em.createQuery("SELECT e" + where
                    + " ORDER BY e.period DESC, e.officerId", WorkStatementEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.limit());
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            for (TypedQuery<?> t : List.of(q, count)) {
                t.setParameter("scope", scope + "%");
                if (period != null) {
                    t.setParameter("period", period.toString());
                }
                if (officerId != null) {
                    t.setParameter("officer", officerId);
                }
            }
            List<WorkStatement> items = q.getResultList().stream().map(WorkStatements::toDto).toList();
            long total = count.getSingleResult();
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                    "ids " + items.stream().map(WorkStatement::id).toList());
            return new Page<>(items, total, page.limit(), page.offset());
        });
    }

    /** The statements of the month submitted by officers serving in the scope, by officer (for the report). */
    public Map<Long, WorkStatement> submitted(ReportingPeriod month, DataScope scope) {
        Map<Long, WorkStatement> found = new HashMap<>();
        if (scope.isNone()) {
            return found;
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            for (WorkStatementEntity e : em.createQuery("SELECT e FROM WorkStatementEntity e WHERE e.period = :p"
                    + " AND e.departmentPath LIKE :scope", WorkStatementEntity.class)
                    .setParameter("p", month.toString()).setParameter("scope", scope.pathPrefix() + "%")
                    .getResultList()) {
                found.put(e.getOfficerId(), toDto(e));
            }
            return found;
        });
    }

    /** The month named, of the norm's period kind in the officer's region; 422 when it has not begun. */
    private ReportingPeriod month(Officer officer, String text) {
        ReportingPeriod month = PlanningRules.period("month", text, obligations.kind(NORM, officer.departmentId()));
        if (PlanningRules.future(month, LocalDate.now(calendar.zone()))) {
            throw ValidationException.of("month", "district.statement.month-future", month);
        }
        return month;
    }

    static WorkStatement toDto(WorkStatementEntity e) {
        return new WorkStatement(e.getId(), e.getOfficerId(), e.getDepartmentId(), e.getPeriod(), e.getText(),
                e.getSubmittedTo(), new StatementFigures(e.getNotebookIssued(), e.getNotebookDone(),
                        e.getApplicationsDecided(), e.getRegisterChecks(), e.getPublicReports()),
                e.getTaskId(), e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }
}
