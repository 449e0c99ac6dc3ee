package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.school.School;
import kz.police.lps.unit.juvenile.internal.school.Schools;

/**
 * The inspector's school events (US-J24, US-J25): legal lectures and propaganda, preventive events, vacation rest and
 * employment, help to teachers, order at mass events, off-site court or Commission sessions, support of the
 * children's movement (L1153-1175, L1216-1222, L1261). A future date schedules one (held=false).
 */
@Component(service = SchoolEvents.class)
public class SchoolEvents {

    public static final String SUBJECT = "juvenile.school-event";

    /** An event as recorded or scheduled. */
    public record NewSchoolEvent(Long schoolId, SchoolEventKind kind, LocalDate eventDate, String title,
            String description, Integer participants, Boolean held, Long officerId) {
    }

    public record SchoolEvent(Long id, long departmentId, long schoolId, long officerId, SchoolEventKind kind,
            LocalDate eventDate, String title, String description, Integer participants, boolean held,
            String createdBy, Instant createdAt, Long version) {
    }

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final Schools schools;
    private final WorkingCalendar calendar;

    @Activate
    public SchoolEvents(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference Schools schools, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.schools = schools;
        this.calendar = calendar;
    }

    public SchoolEvent record(Caller caller, NewSchoolEvent n) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        if (n.schoolId() == null) {
            errors.add("schoolId", "required");
        }
        if (n.kind() == null) {
            errors.add("kind", "required");
        }
        if (n.eventDate() == null) {
            errors.add("eventDate", "required");
        }
        String title = Checks.text(errors, "title", n.title(), 500, true);
        String description = Checks.text(errors, "description", n.description(), 4000, false);
        if (n.participants() != null && n.participants() < 0) {
            errors.add("participants", "range", 0, Integer.MAX_VALUE);
        }
        boolean held = n.held() == null ? n.eventDate() != null && !n.eventDate().isAfter(today) : n.held();
        if (held && n.eventDate() != null && n.eventDate().isAfter(today)) {
            errors.add("eventDate", "date.future");
        }
        errors.throwIfAny();
        Officer officer = access.actingFor(caller, "officerId", n.officerId(), AuditAction.CREATE, SUBJECT);
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            School school = schools.find(em, caller, "schoolId", n.schoolId(), AuditAction.CREATE);
            SchoolEventEntity e = new SchoolEventEntity();
            e.setDepartmentId(school.departmentId());
            e.setDepartmentPath(schools.pathOf(em, school.id()));
            e.setSchoolId(school.id());
            e.setOfficerId(officer.id());
            e.setKind(n.kind());
            e.setEventDate(n.eventDate());
            e.setTitle(title);
            e.setDescription(description);
            e.setParticipants(n.participants());
            e.setHeld(held);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), e.getDepartmentId(),
                    n.kind() + " at school " + school.id() + " on " + n.eventDate());
            return toDto(e);
        });
    }

    public Page<SchoolEvent> list(Caller caller, Long schoolId, SchoolEventKind kind, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        String where = " FROM SchoolEventEntity e WHERE e.departmentPath LIKE :scope"
                + (schoolId == null ? "" : " AND e.schoolId = :school") + (kind == null ? "" : " AND e.kind = :kind");
        Page<SchoolEvent> result = jpa.txExpr(TransactionType.Supports, em -> {
            var select = em.createQuery("SELECT e" + where + " ORDER BY e.eventDate DESC, e.id DESC",
                    SchoolEventEntity.class).setParameter("scope", scope + "%");
            var count = em.createQuery("SELECT COUNT(e)" + where, Long.class).setParameter("scope", scope + "%");
            if (schoolId != null) {
                select.setParameter("school", schoolId);
                count.setParameter("school", schoolId);
            }
            if (kind != null) {
                select.setParameter("kind", kind);
                count.setParameter("kind", kind);
            }
            List<SchoolEvent> items = select.setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(SchoolEvents::toDto).toList();
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
        audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, null, null,
                "search school " + schoolId + " kind " + kind + " -> " + result.total());
        return result;
    }

    static SchoolEvent toDto(SchoolEventEntity e) {
        return new SchoolEvent(e.getId(), e.getDepartmentId(), e.getSchoolId(), e.getOfficerId(), e.getKind(),
                e.getEventDate(), e.getTitle(), e.getDescription(), e.getParticipants(), e.isHeld(), e.getCreatedBy(),
                e.getCreatedAt(), e.getVersion());
    }
}
