package kz.police.lps.unit.juvenile.internal.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
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
import kz.police.lps.core.api.error.VersionMismatchException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.DataScope;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.control.Occurrences;

/**
 * Monthly statements of work done (WF-J4, BR-J09, N-J8; L902-906; US-J12/J13). Every juvenile inspector and school
 * inspector drafts the month's statement, whose figures are counted from recorded activity (every activity counter
 * of the unit, {@link ActivityFigures}); submits it to the head of the juvenile affairs unit (or senior inspector) by
 * the 1st of the next month — the figures are counted again then, and the month's obligation task
 * ({@link WorkStatementObligation}) is completed in the same transaction; a statement submitted after the due instant,
 * or not submitted when it has passed, is flagged overdue. The head generalises the month's submitted statements of a
 * unit into a summary (the figures summed); an inspector cannot (403, audited).
 */
@Component(service = WorkStatements.class)
public class WorkStatements {

    public static final String SUBJECT = "juvenile.work-statement";
    public static final String SUMMARY_SUBJECT = "juvenile.statement-summary";
    /** The subject type the core's officer obligation gives its tasks. */
    static final String OFFICER_SUBJECT = "officer";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final WorkingCalendar calendar;
    private final ActivityFigures figures;
    private final WorkStatementObligation obligation;
    private final Occurrences occurrences;

    @Activate
    public WorkStatements(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference WorkingCalendar calendar, @Reference ActivityFigures figures,
            @Reference WorkStatementObligation obligation, @Reference Occurrences occurrences) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
        this.figures = figures;
        this.obligation = obligation;
        this.occurrences = occurrences;
    }

    /** Drafts the officer's statement of the month with its figures counted now (409 when the month has one). */
    public WorkStatement draft(Caller caller, NewWorkStatement in) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        String text = Checks.text(errors, "text", in.text(), 4000, false);
        errors.throwIfAny();
        ReportingPeriod month = StatementRules.month("month", in.month());
        if (StatementRules.future(month, LocalDate.now(calendar.zone()))) {
            throw ValidationException.of("month", "juvenile.statement.month-future", month.toString());
        }
        Officer officer = access.actingFor(caller, "officerId", in.officerId(), AuditAction.CREATE, SUBJECT);
        String path = access.departmentPath(caller, "officerId", officer.departmentId(), AuditAction.CREATE, SUBJECT,
                null);
        Map<String, Long> counted = figures.count(officer.id(), month);
        Instant dueAt = obligation.dueAt(month, officer.departmentId());
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Long> existing = em.createQuery("SELECT e.id FROM WorkStatementEntity e WHERE e.officerId = :o"
                    + " AND e.period = :p", Long.class).setParameter("o", officer.id())
                    .setParameter("p", month.toString()).getResultList();
            if (!existing.isEmpty()) {
                throw new ConflictException("month", "juvenile.statement.exists", existing.get(0));
            }
            WorkStatementEntity e = new WorkStatementEntity();
            e.setOfficerId(officer.id());
            e.setDepartmentId(officer.departmentId());
            e.setDepartmentPath(path);
            e.setPeriod(month.toString());
            e.setStatus(StatementStatus.DRAFT);
            e.setText(text);
            e.setFigures(StatementRules.encode(counted));
            e.setDueAt(dueAt);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), e.getDepartmentId());
            return toDto(e);
        });
    }

    /**
     * Submits a draft to the head: the figures are counted again, the month's obligation task is completed (created
     * first when the scheduler has not), all in one transaction. The officer's own statement, or any for a head.
     */
    public WorkStatement submit(Caller caller, long id, Long expectedVersion, String text) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        ValidationException.Collector errors = new ValidationException.Collector();
        String newText = Checks.text(errors, "text", text, 4000, false);
        errors.throwIfAny();
        WorkStatement current = get(caller, id, false);
        Officer officer = access.unitOfficer(caller, "officerId", current.officerId(), AuditAction.UPDATE, SUBJECT,
                id);
        requireOwnOrHead(caller, current.officerId(), id, current.departmentId());
        ReportingPeriod month = ReportingPeriod.parse(current.month());
        Map<String, Long> counted = figures.count(officer.id(), month);
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            WorkStatementEntity e = find(em, caller, id, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            if (e.getStatus() != StatementStatus.DRAFT) {
                throw new ConflictException("status", "juvenile.statement.not-draft", e.getStatus().name());
            }
            e.setStatus(StatementStatus.SUBMITTED);
            e.setSubmittedAt(now);
            e.setFigures(StatementRules.encode(counted));
            if (newText != null) {
                e.setText(newText);
            }
            e.setTaskId(occurrences.complete(caller, WorkStatementObligation.ID, OFFICER_SUBJECT, officer.id(),
                    WorkStatementObligation.ID + ":" + month + ":" + officer.id(),
                    () -> obligation.occurrence(officer, month),
                    "анықтама ұсынылды / справка представлена " + month).orElse(null));
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "submitted" + (StatementRules.overdue(e.getDueAt(), now, now) ? " after the due day" : ""));
            return toDto(e);
        });
    }

    /** The head generalises the month's submitted statements of a unit into a summary (US-J13, L905-906). */
    public StatementSummary generalise(Caller caller, NewSummary in) {
        access.requireHead(caller, AuditAction.CREATE, SUMMARY_SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        String note = Checks.text(errors, "note", in.note(), 4000, false);
        if (in.departmentId() == null) {
            errors.add("departmentId", "required");
        }
        errors.throwIfAny();
        ReportingPeriod month = StatementRules.month("month", in.month());
        String path = access.departmentPath(caller, "departmentId", in.departmentId(), AuditAction.CREATE,
                SUMMARY_SUBJECT, null);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<WorkStatementEntity> submitted = em.createQuery("SELECT e FROM WorkStatementEntity e"
                    + " WHERE e.period = :p AND e.status = :s AND e.departmentPath LIKE :path ORDER BY e.officerId",
                    WorkStatementEntity.class).setParameter("p", month.toString())
                    .setParameter("s", StatementStatus.SUBMITTED).setParameter("path", path + "%").getResultList();
            if (submitted.isEmpty()) {
                throw ValidationException.of("month", "juvenile.statement.none-submitted", month.toString());
            }
            StatementSummaryEntity s = new StatementSummaryEntity();
            s.setDepartmentId(in.departmentId());
            s.setDepartmentPath(path);
            s.setPeriod(month.toString());
            s.setStatementCount(submitted.size());
            s.setStatementIds(String.join(",", submitted.stream().map(e -> String.valueOf(e.getId())).toList()));
            s.setFigures(StatementRules.encode(StatementRules.sum(submitted.stream()
                    .map(e -> StatementRules.decode(e.getFigures())).toList())));
            s.setNote(note);
            s.setCreatedBy(caller.username());
            s.setCreatedAt(Instant.now());
            em.persist(s);
            for (WorkStatementEntity e : submitted) {
                e.setStatus(StatementStatus.GENERALISED);
                e.setSummaryId(s.getId());
            }
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUMMARY_SUBJECT, s.getId(),
                    in.departmentId(), "statements " + s.getStatementIds());
            return toDto(s);
        });
    }

    public WorkStatement get(Caller caller, long id) {
        return get(caller, id, true);
    }

    private WorkStatement get(Caller caller, long id, boolean audited) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            WorkStatementEntity e = find(em, caller, id, AuditAction.READ);
            if (audited) {
                audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            }
            return toDto(e);
        });
    }

    public StatementSummary summary(Caller caller, long id) {
        access.requireReader(caller, SUMMARY_SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            StatementSummaryEntity s = em.find(StatementSummaryEntity.class, id);
            if (s == null) {
                throw new NotFoundException(SUMMARY_SUBJECT, id);
            }
            access.requireInScope(caller, s.getDepartmentPath(), s.getDepartmentId(), AuditAction.READ,
                    SUMMARY_SUBJECT, id);
            audit.record(caller, AuditAction.READ, SUMMARY_SUBJECT, id, s.getDepartmentId());
            return toDto(s);
        });
    }

    /** The statements in the caller's scope, latest month first; of one month, officer and/or status. */
    public Page<WorkStatement> list(Caller caller, String month, Long officerId, StatementStatus status,
            PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        ReportingPeriod period = month == null ? null : StatementRules.month("month", month);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" FROM WorkStatementEntity e WHERE e.departmentPath LIKE :scope");
        params.put("scope", scope + "%");
        if (period != null) {
            where.append(" AND e.period = :period");
            params.put("period", period.toString());
        }
        if (officerId != null) {
            where.append(" AND e.officerId = :officer");
            params.put("officer", officerId);
        }
        if (status != null) {
            where.append(" AND e.status = :status");
            params.put("status", status);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<WorkStatementEntity> q = em.createQuery("SELECT e" + where
                    + " ORDER BY e.period DESC, e.officerId", WorkStatementEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.limit());
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            params.forEach((k, v) -> {
                q.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<WorkStatement> items = q.getResultList().stream().map(this::toDto).toList();
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                    "ids " + items.stream().map(WorkStatement::id).toList());
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    /** The summaries in the caller's scope, latest first; of one month when given. */
    public Page<StatementSummary> summaries(Caller caller, String month, PageRequest page) {
        access.requireReader(caller, SUMMARY_SUBJECT, null);
        ReportingPeriod period = month == null ? null : StatementRules.month("month", month);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String where = " FROM StatementSummaryEntity s WHERE s.departmentPath LIKE :scope"
                + (period != null ? " AND s.period = :period" : "");
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<StatementSummaryEntity> q = em.createQuery("SELECT s" + where
                    + " ORDER BY s.period DESC, s.id DESC", StatementSummaryEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.limit());
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(s)" + where, Long.class);
            q.setParameter("scope", scope + "%");
            count.setParameter("scope", scope + "%");
            if (period != null) {
                q.setParameter("period", period.toString());
                count.setParameter("period", period.toString());
            }
            List<StatementSummary> items = q.getResultList().stream().map(this::toDto).toList();
            audit.record(caller, AuditAction.READ, SUMMARY_SUBJECT + "s", null, null);
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    /** The statements of the month in the scope by officer (for the report and the shell); not audited itself. */
    public Map<Long, WorkStatement> ofMonth(ReportingPeriod month, DataScope scope) {
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

    /** The figures an officer's month would carry now (for the report: officers without a statement). */
    public Map<String, Long> countNow(long officerId, ReportingPeriod month) {
        return figures.count(officerId, month);
    }

    /** The due instant of the month's statement in the department's region. */
    public Instant dueAt(ReportingPeriod month, Long departmentId) {
        return obligation.dueAt(month, departmentId);
    }

    public ActivityFigures figures() {
        return figures;
    }

    private void requireOwnOrHead(Caller caller, long officerId, long id, long departmentId) {
        if (!access.isHead(caller) && !access.officerIdOf(caller).map(o -> o == officerId).orElse(false)) {
            throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, id, departmentId, "not the officer's own statement");
        }
    }

    private WorkStatementEntity find(EntityManager em, Caller caller, long id, AuditAction action) {
        WorkStatementEntity e = em.find(WorkStatementEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, SUBJECT, id);
        return e;
    }

    WorkStatement toDto(WorkStatementEntity e) {
        return new WorkStatement(e.getId(), e.getOfficerId(), e.getDepartmentId(), e.getPeriod(), e.getStatus(),
                e.getText(), figures.labelled(StatementRules.decode(e.getFigures())), e.getDueAt(),
                StatementRules.overdue(e.getDueAt(), e.getSubmittedAt(), Instant.now()), e.getSubmittedAt(),
                e.getSummaryId(), e.getTaskId(), e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }

    StatementSummary toDto(StatementSummaryEntity s) {
        List<Long> ids = new ArrayList<>();
        if (s.getStatementIds() != null && !s.getStatementIds().isBlank()) {
            Arrays.stream(s.getStatementIds().split(",")).forEach(x -> ids.add(Long.parseLong(x)));
        }
        return new StatementSummary(s.getId(), s.getDepartmentId(), s.getPeriod(), s.getStatementCount(), ids,
                figures.labelled(StatementRules.decode(s.getFigures())), s.getNote(), s.getCreatedBy(),
                s.getCreatedAt(), s.getVersion());
    }
}
