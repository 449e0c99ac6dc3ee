package kz.police.lps.unit.juvenile.internal.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import javax.persistence.TypedQuery;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
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
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;

/**
 * Meetings with the population, held together with district inspectors, on children's rights and the prevention of
 * offending, neglect and homelessness (L924-928), and engagements of the media to publicise the unit's activity
 * (L1063-1064) (WF-J17, US-J55): a simple record each, of the inspector who took part.
 */
@Component(service = OutreachJournal.class)
public class OutreachJournal {

    public static final String SUBJECT = "juvenile.outreach";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final WorkingCalendar calendar;

    @Activate
    public OutreachJournal(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
    }

    public Outreach record(Caller caller, NewOutreach in) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.kind() == null) {
            errors.add("kind", "required");
        }
        String venue = Checks.text(errors, "venue", in.venue(), 300, true);
        String topic = Checks.text(errors, "topic", in.topic(), 1000, true);
        String participants = Checks.text(errors, "participants", in.participants(), 1000, false);
        LocalDate today = LocalDate.now(calendar.zone());
        if (in.heldOn() == null) {
            errors.add("heldOn", "required");
        } else if (in.heldOn().isAfter(today)) {
            errors.add("heldOn", "date.future");
        }
        if (in.audience() != null && in.audience() < 0) {
            errors.add("audience", "range", 0, Integer.MAX_VALUE);
        }
        errors.throwIfAny();
        Officer officer = access.actingFor(caller, "officerId", in.officerId(), AuditAction.CREATE, SUBJECT);
        String path = access.departmentPath(caller, "officerId", officer.departmentId(), AuditAction.CREATE, SUBJECT,
                null);
        return jpa.txExpr(TransactionType.Required, em -> {
            OutreachEntity e = new OutreachEntity();
            e.setOfficerId(officer.id());
            e.setDepartmentId(officer.departmentId());
            e.setDepartmentPath(path);
            e.setKind(in.kind());
            e.setHeldOn(in.heldOn());
            e.setVenue(venue);
            e.setTopic(topic);
            e.setParticipants(participants);
            e.setAudience(in.audience());
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), e.getDepartmentId());
            return toDto(e);
        });
    }

    public Outreach get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            OutreachEntity e = em.find(OutreachEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, SUBJECT, id);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** The records in the caller's scope, latest first; of one kind and/or officer. */
    public Page<Outreach> list(Caller caller, OutreachKind kind, Long officerId, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String where = " FROM OutreachEntity e WHERE e.departmentPath LIKE :scope"
                + (kind != null ? " AND e.kind = :k" : "") + (officerId != null ? " AND e.officerId = :o" : "");
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<OutreachEntity> q = em.createQuery("SELECT e" + where + " ORDER BY e.heldOn DESC, e.id DESC",
                    OutreachEntity.class).setFirstResult(page.offset()).setMaxResults(page.limit());
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            for (TypedQuery<?> t : List.of(q, count)) {
                t.setParameter("scope", scope + "%");
                if (kind != null) {
                    t.setParameter("k", kind);
                }
                if (officerId != null) {
                    t.setParameter("o", officerId);
                }
            }
            List<Outreach> items = q.getResultList().stream().map(OutreachJournal::toDto).toList();
            audit.record(caller, AuditAction.READ, SUBJECT + "s", null, null);
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    static Outreach toDto(OutreachEntity e) {
        return new Outreach(e.getId(), e.getOfficerId(), e.getDepartmentId(), e.getKind(), e.getHeldOn(),
                e.getVenue(), e.getTopic(), e.getParticipants(), e.getAudience(), e.getCreatedBy(), e.getCreatedAt(),
                e.getVersion());
    }
}
