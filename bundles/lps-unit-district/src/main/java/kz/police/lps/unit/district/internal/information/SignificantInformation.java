package kz.police.lps.unit.district.internal.information;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Permission;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;

/**
 * Significant information collected in the precinct and passed to interested IAB units and state bodies (WF-14,
 * textbook L456-458, L632-641). The unit's workers record it; ordinary messages are read by any role that reads
 * persons (the interested units), restricted ones only by the district unit's roles and {@code lps-admin}: others
 * get 403 for one and never see it in a list.
 */
@Component(service = SignificantInformation.class)
public class SignificantInformation {

    public static final String SUBJECT = "district.significant-information";

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final WorkingCalendar calendar;

    @Activate
    public SignificantInformation(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
    }

    public SignificantInfo record(Caller caller, NewSignificantInfo n) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        String subject = Checks.text(errors, "subject", n.subject(), 300, true);
        String summary = Checks.text(errors, "summary", n.summary(), 4000, true);
        String source = Checks.text(errors, "source", n.source(), 300, true);
        String recipient = Checks.text(errors, "recipient", n.recipient(), 300, true);
        LocalDate date = n.date() != null ? n.date() : today;
        if (date.isAfter(today)) {
            errors.add("date", "date.future");
        }
        errors.throwIfAny();
        Officer officer = access.actingFor(caller, "officerId", n.officerId(), AuditAction.CREATE, SUBJECT);
        String path = access.departmentPath(caller, "officerId", officer.departmentId(), AuditAction.CREATE, SUBJECT,
                null);
        Sensitivity sensitivity = n.sensitivity() != null ? n.sensitivity() : Sensitivity.ORDINARY;
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            SignificantInfoEntity e = new SignificantInfoEntity();
            e.setDepartmentId(officer.departmentId());
            e.setDepartmentPath(path);
            e.setOfficerId(officer.id());
            e.setInfoDate(date);
            e.setSubject(subject);
            e.setSummary(summary);
            e.setSource(source);
            e.setRecipient(recipient);
            e.setSensitivity(sensitivity);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), e.getDepartmentId(),
                    sensitivity.name());
            return toDto(e);
        });
    }

    public SignificantInfo get(Caller caller, long id) {
        requireAnyReader(caller, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            SignificantInfoEntity e = em.find(SignificantInfoEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, SUBJECT, id);
            if (e.getSensitivity() == Sensitivity.RESTRICTED && !mayReadRestricted(caller)) {
                throw audit.denied(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId(),
                        "restricted: need-to-know of unit " + DistrictAccess.UNIT);
            }
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** Filters; null means any. */
    public record Query(Long officerId, LocalDate from, LocalDate to, Sensitivity sensitivity) {
    }

    /** The messages in the caller's scope that the caller may read, latest first. */
    public Page<SignificantInfo> list(Caller caller, Query q, PageRequest page) {
        requireAnyReader(caller, null);
        if (q.from() != null && q.to() != null && q.to().isBefore(q.from())) {
            throw ValidationException.of("to", "date.before", q.from());
        }
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        StringBuilder where = new StringBuilder(" FROM SignificantInfoEntity e WHERE e.departmentPath LIKE :scope");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope + "%");
        if (q.officerId() != null) {
            where.append(" AND e.officerId = :officer");
            params.put("officer", q.officerId());
        }
        if (q.from() != null) {
            where.append(" AND e.infoDate >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            where.append(" AND e.infoDate <= :to");
            params.put("to", q.to());
        }
        if (q.sensitivity() != null) {
            where.append(" AND e.sensitivity = :sensitivity");
            params.put("sensitivity", q.sensitivity());
        }
        if (!mayReadRestricted(caller)) {
            where.append(" AND e.sensitivity = :ordinary");
            params.put("ordinary", Sensitivity.ORDINARY);
        }
        Page<SignificantInfo> result = jpa.txExpr(TransactionType.Supports, em -> {
            TypedQuery<SignificantInfoEntity> select = em.createQuery(
                    "SELECT e" + where + " ORDER BY e.infoDate DESC, e.id DESC", SignificantInfoEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            params.forEach((k, v) -> {
                select.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<SignificantInfo> items = new ArrayList<>();
            select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .forEach(e -> items.add(toDto(e)));
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, null, null,
                "search " + q + " -> " + result.total() + " found, ids "
                        + result.items().stream().map(SignificantInfo::id).toList());
        return result;
    }

    /** The interested units: the district unit's roles, and any role that reads persons. */
    private void requireAnyReader(Caller caller, Object id) {
        if (!mayReadRestricted(caller) && !caller.can(Permission.PERSON_READ)) {
            throw audit.denied(caller, AuditAction.READ, SUBJECT, id, null, "role lacks " + Permission.PERSON_READ);
        }
    }

    private static boolean mayReadRestricted(Caller caller) {
        return caller.isAdmin() || caller.hasAnyUnitRole(DistrictAccess.UNIT);
    }

    static SignificantInfo toDto(SignificantInfoEntity e) {
        return new SignificantInfo(e.getId(), e.getDepartmentId(), e.getOfficerId(), e.getInfoDate(), e.getSubject(),
                e.getSummary(), e.getSource(), e.getRecipient(), e.getSensitivity(), e.getCreatedBy(),
                e.getCreatedAt(), e.getVersion());
    }
}
