package kz.police.lps.unit.district.internal.publicreport;

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
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.DataScope;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;
import kz.police.lps.unit.district.internal.planning.PeriodicObligations;
import kz.police.lps.unit.district.internal.planning.PlanningRules;

/**
 * Reports of district inspectors to the population of their precinct (WF-5): at least one per quarter (BR-19;
 * Law on the internal affairs bodies Art. 9-1 part 3, textbook L82-86), in the sections of Decree 723's tasks
 * (L265-279). Recording a held report completes the inspector's task of that quarter (created by
 * {@link kz.police.lps.unit.district.internal.PublicReportObligation}) in the same transaction. Inspectors and
 * assistants record their own; heads anyone's in scope.
 */
@Component(service = PublicReports.class)
public class PublicReports {

    public static final String SUBJECT = "district.public-report";
    /** The recurring obligation's task kind ({@code PublicReportObligation#id()}). */
    public static final String TASK_KIND = "district.public-report";
    /** Its periodicity norm (N-13: at least 1 per quarter). */
    public static final String NORM = "district.public-report.periodicity";

    private static final int SECTION_MAX = 4000;

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final WorkingCalendar calendar;
    private final OrgService org;
    private final PeriodicObligations obligations;

    @Activate
    public PublicReports(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference WorkingCalendar calendar, @Reference OrgService org,
            @Reference PeriodicObligations obligations) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
        this.org = org;
        this.obligations = obligations;
    }

    /** Records a held report; completes the quarter's obligation task of the inspector when it is open. */
    public PublicReport record(Caller caller, NewPublicReport r) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (r.precinctId() == null) {
            errors.add("precinctId", "required");
        }
        if (r.heldOn() == null) {
            errors.add("heldOn", "required");
        } else if (r.heldOn().isAfter(LocalDate.now(calendar.zone()))) {
            errors.add("heldOn", "date.future");
        }
        String venue = Checks.text(errors, "venue", r.venue(), 300, true);
        if (r.audience() == null) {
            errors.add("audience", "required");
        } else if (r.audience() < 1) {
            errors.add("audience", "min", 1);
        }
        String prevention = Checks.text(errors, "prevention", r.prevention(), SECTION_MAX, true);
        String control = Checks.text(errors, "publicControl", r.publicControl(), SECTION_MAX, true);
        String interaction = Checks.text(errors, "interaction", r.interaction(), SECTION_MAX, true);
        String education = Checks.text(errors, "legalEducation", r.legalEducation(), SECTION_MAX, true);
        String questions = Checks.text(errors, "questionsRaised", r.questionsRaised(), SECTION_MAX, false);
        String followUp = Checks.text(errors, "followUp", r.followUp(), SECTION_MAX, false);
        errors.throwIfAny();
        Officer officer = access.actingFor(caller, "officerId", r.officerId(), AuditAction.CREATE, SUBJECT);
        ReportingPeriod quarter = r.quarter() == null ? obligations.periodOf(NORM, officer.departmentId(), r.heldOn())
                : PlanningRules.period("quarter", r.quarter(), obligations.kind(NORM, officer.departmentId()));
        if (!PlanningRules.within(quarter, r.heldOn())) {
            throw ValidationException.of("heldOn", "district.public-report.outside-period", quarter);
        }
        long precinctId = r.precinctId();
        String path = access.departmentPath(caller, "precinctId", precinctId, AuditAction.CREATE, SUBJECT, null);
        if (org.get(Caller.system(DistrictAccess.UNIT), precinctId).kind() != OrgUnitKind.PRECINCT) {
            throw ValidationException.of("precinctId", "district.planning.precinct-kind");
        }
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            PublicReportEntity e = new PublicReportEntity();
            e.setOfficerId(officer.id());
            e.setDepartmentId(precinctId);
            e.setDepartmentPath(path);
            e.setPeriod(quarter.toString());
            e.setHeldOn(r.heldOn());
            e.setVenue(venue);
            e.setAudience(r.audience());
            e.setPrevention(prevention);
            e.setPublicControl(control);
            e.setInteraction(interaction);
            e.setLegalEducation(education);
            e.setQuestionsRaised(questions);
            e.setFollowUp(followUp);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            e.setTaskId(obligations.complete(caller, TASK_KIND, officer, quarter,
                    "халық алдында есеп берілді / отчёт проведён " + r.heldOn() + ", " + venue).orElse(null));
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), precinctId);
            return toDto(e);
        });
    }

    public PublicReport get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            PublicReportEntity e = em.find(PublicReportEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, SUBJECT, id);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** The reports in the caller's scope, latest first; of one quarter and/or one inspector when given. */
    public Page<PublicReport> list(Caller caller, String quarter, Long officerId, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        ReportingPeriod period = quarter == null ? null
                : PlanningRules.period("quarter", quarter, ReportingPeriod.Kind.QUARTER);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String where = " FROM PublicReportEntity e WHERE e.departmentPath LIKE :scope"
                + (period != null ? " AND e.period = :period" : "")
                + (officerId != null ? " AND e.officerId = :officer" : "");
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<PublicReportEntity> q = em.createQuery("SELECT e" + where + " ORDER BY e.heldOn DESC, e.id DESC",
                    PublicReportEntity.class).setFirstResult(page.offset()).setMaxResults(page.limit());
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
            List<PublicReport> items = q.getResultList().stream().map(PublicReports::toDto).toList();
            long total = count.getSingleResult();
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                    "ids " + items.stream().map(PublicReport::id).toList());
            return new Page<>(items, total, page.limit(), page.offset());
        });
    }

    /** Reports held by the officer between the two days (both inclusive): a figure of the monthly statement. */
    public long heldBy(long officerId, LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(e) FROM PublicReportEntity e"
                + " WHERE e.officerId = :o AND e.heldOn >= :from AND e.heldOn <= :to", Long.class)
                .setParameter("o", officerId).setParameter("from", from).setParameter("to", to).getSingleResult());
    }

    /** As {@link #heldBy} for many officers at once: officer id → reports (absent when none). */
    public Map<Long, Long> heldBy(List<Long> officerIds, LocalDate from, LocalDate to) {
        Map<Long, Long> held = new HashMap<>();
        for (int i = 0; i < officerIds.size(); i += 500) {
            List<Long> chunk = officerIds.subList(i, Math.min(i + 500, officerIds.size()));
            jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT e.officerId, COUNT(e) FROM "
                    + "PublicReportEntity e WHERE e.officerId IN :o AND e.heldOn >= :from AND e.heldOn <= :to "
                    + "GROUP BY e.officerId", Object[].class).setParameter("o", chunk).setParameter("from", from)
                    .setParameter("to", to).getResultList())
                    .forEach(r -> held.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        }
        return held;
    }

    /** Reports counted for the quarter per inspector, within the scope (for the quarterly report). */
    public Map<Long, Long> heldPerOfficer(ReportingPeriod quarter, DataScope scope) {
        Map<Long, Long> held = new HashMap<>();
        if (scope.isNone()) {
            return held;
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<Object[]> q = em.createQuery("SELECT e.officerId, COUNT(e) FROM PublicReportEntity e"
                    + " WHERE e.period = :p AND e.departmentPath LIKE :scope GROUP BY e.officerId", Object[].class)
                    .setParameter("p", quarter.toString()).setParameter("scope", scope.pathPrefix() + "%");
            for (Object[] row : q.getResultList()) {
                held.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
            }
            return held;
        });
    }

    static PublicReport toDto(PublicReportEntity e) {
        return new PublicReport(e.getId(), e.getOfficerId(), e.getDepartmentId(), e.getPeriod(), e.getHeldOn(),
                e.getVenue(), e.getAudience(), e.getPrevention(), e.getPublicControl(), e.getInteraction(),
                e.getLegalEducation(), e.getQuestionsRaised(), e.getFollowUp(), e.getTaskId(), e.getCreatedBy(),
                e.getCreatedAt(), e.getVersion());
    }
}
