package kz.police.lps.unit.juvenile.internal.raid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

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
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;

/**
 * Joint operational-preventive activities with the criminal-police, organised-crime, counter-extremism and
 * counter-narcotics units ("joint raids", WF-J15, US-J48; L839, L1123, L1437-1439, L1513-1515). The text gives no
 * procedure, frequency or form: the record (day, place, units, minors encountered, results) is the extraction's
 * inference. Deliveries made during a raid name it ({@code raidId}) and are listed with it.
 */
@Component(service = Raids.class)
public class Raids {

    public static final String SUBJECT = "juvenile.raid";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final WorkingCalendar calendar;

    @Activate
    public Raids(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.calendar = calendar;
    }

    public Raid create(Caller caller, NewRaid in) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        String place = Checks.text(errors, "place", in.place(), 500, true);
        String other = Checks.text(errors, "otherUnits", in.otherUnits(), 500, false);
        String results = Checks.text(errors, "results", in.results(), 4000, false);
        LocalDate heldOn = in.heldOn() != null ? in.heldOn() : today;
        if (heldOn.isAfter(today)) {
            errors.add("heldOn", "date.future");
        }
        List<ParticipatingUnit> units = in.units() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(in.units()));
        if (units.isEmpty() || units.contains(null)) {
            errors.add("units", "required");
        } else if (units.contains(ParticipatingUnit.OTHER) && other == null) {
            errors.add("otherUnits", "required");
        }
        int minors = in.minorsEncountered() == null ? 0 : in.minorsEncountered();
        if (minors < 0) {
            errors.add("minorsEncountered", "min", 0);
        }
        errors.throwIfAny();
        Officer officer = access.actingFor(caller, "officerId", in.officerId(), AuditAction.CREATE, SUBJECT);
        String path = access.departmentPath(caller, "officerId", officer.departmentId(), AuditAction.CREATE, SUBJECT,
                null);
        return jpa.txExpr(TransactionType.Required, em -> {
            RaidEntity e = new RaidEntity();
            e.setDepartmentId(officer.departmentId());
            e.setDepartmentPath(path);
            e.setOfficerId(officer.id());
            e.setHeldOn(heldOn);
            e.setPlace(place);
            e.setUnits(units.stream().map(Enum::name).collect(Collectors.joining(",")));
            e.setOtherUnits(other);
            e.setMinorsEncountered(minors);
            e.setResults(results);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), e.getDepartmentId(),
                    heldOn + " " + e.getUnits());
            return toDto(e, List.of());
        });
    }

    public Raid get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            RaidEntity e = em.find(RaidEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, SUBJECT, id);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e, deliveries(em, id));
        });
    }

    public Page<Raid> list(Caller caller, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Raid> items = em.createQuery("SELECT e FROM RaidEntity e WHERE e.departmentPath LIKE :scope"
                    + " ORDER BY e.heldOn DESC, e.id DESC", RaidEntity.class).setParameter("scope", scope + "%")
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(e -> toDto(e, deliveries(em, e.getId()))).toList();
            long total = em.createQuery("SELECT COUNT(e) FROM RaidEntity e WHERE e.departmentPath LIKE :scope",
                    Long.class).setParameter("scope", scope + "%").getSingleResult();
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                    "list -> " + total);
            return new Page<>(items, total, page.limit(), page.offset());
        });
    }

    private static List<Long> deliveries(EntityManager em, long raidId) {
        return em.createQuery("SELECT d.id FROM DeliveryEntity d WHERE d.raidId = :r ORDER BY d.id", Long.class)
                .setParameter("r", raidId).getResultList();
    }

    static Raid toDto(RaidEntity e, List<Long> deliveryIds) {
        List<ParticipatingUnit> units = Arrays.stream(e.getUnits().split(",")).map(ParticipatingUnit::valueOf)
                .toList();
        return new Raid(e.getId(), e.getDepartmentId(), e.getOfficerId(), e.getHeldOn(), e.getPlace(), units,
                e.getOtherUnits(), e.getMinorsEncountered(), e.getResults(), deliveryIds, e.getCreatedBy(),
                e.getCreatedAt(), e.getVersion());
    }
}
