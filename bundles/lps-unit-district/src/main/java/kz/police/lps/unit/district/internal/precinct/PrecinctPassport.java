package kz.police.lps.unit.district.internal.precinct;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
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
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.error.VersionMismatchException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;

/**
 * The precinct passport (әкімшілік учаскенің паспорты, §4.3, L613-616) and the precinct handover (WF-3, L335-349).
 * <p>
 * The passport is kept by the precinct's inspector (a head may write it too): each update of a section writes the
 * section's next version, so its history stays readable; the If-Match of an update is the section's current version
 * (0 before the first). A handover is recorded by the newly appointed inspector (or a head for them) with the deputy
 * head of the body or the ЖПҚ head present (BR-13, L335-338); in one transaction it writes the handover, its entry in
 * the passport's handover log (L348-349) and makes the incoming officer the precinct's inspector.
 */
@Component(service = PrecinctPassport.class)
public class PrecinctPassport {

    public static final String ENTRY = "district.passport-entry";
    public static final String HANDOVER = "district.handover";

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final DistrictTree tree;
    private final Precincts precincts;
    private final WorkingCalendar calendar;

    @Activate
    public PrecinctPassport(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference DistrictTree tree, @Reference Precincts precincts,
            @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.tree = tree;
        this.precincts = precincts;
        this.calendar = calendar;
    }

    /** The passport as it stands: the latest version of each section written so far. */
    public Passport passport(Caller caller, long precinctId) {
        OrgUnit node = readable(caller, precinctId, ENTRY);
        return jpa.txExpr(TransactionType.Required, em -> {
            Map<PassportSection, PassportEntry> latest = new EnumMap<>(PassportSection.class);
            for (PassportEntryEntity e : em.createQuery("SELECT e FROM PassportEntryEntity e WHERE e.precinctId = :p "
                    + "ORDER BY e.sectionVersion", PassportEntryEntity.class).setParameter("p", precinctId)
                    .getResultList()) {
                latest.put(e.getSection(), toDto(e));
            }
            audit.record(caller, AuditAction.READ, ENTRY + "s", "precinct " + precinctId, node.id());
            return new Passport(precinctId, List.copyOf(latest.values()));
        });
    }

    /** Every version written, newest first; of one section when given. */
    public Page<PassportEntry> history(Caller caller, long precinctId, PassportSection section, PageRequest page) {
        OrgUnit node = readable(caller, precinctId, ENTRY);
        String where = " FROM PassportEntryEntity e WHERE e.precinctId = :p"
                + (section == null ? "" : " AND e.section = :s");
        return jpa.txExpr(TransactionType.Required, em -> {
            TypedQuery<PassportEntryEntity> q = em.createQuery("SELECT e" + where
                    + " ORDER BY e.createdAt DESC, e.id DESC", PassportEntryEntity.class).setParameter("p", precinctId);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class).setParameter("p",
                    precinctId);
            if (section != null) {
                q.setParameter("s", section);
                count.setParameter("s", section);
            }
            List<PassportEntry> items = q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(PrecinctPassport::toDto).toList();
            audit.record(caller, AuditAction.READ, ENTRY + "s", "precinct " + precinctId, node.id());
            return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
        });
    }

    /** Writes the next version of a section (If-Match: its current version, 0 before the first). */
    public PassportEntry write(Caller caller, long precinctId, PassportSection section, Long expectedVersion,
            String content) {
        access.requireWorker(caller, AuditAction.CREATE, ENTRY, precinctId);
        OrgUnit node = tree.node(PrecinctRegistry.SUBJECT, precinctId, OrgUnitKind.PRECINCT);
        access.requireInScope(caller, node.path(), node.id(), AuditAction.CREATE, ENTRY, precinctId);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (section == null) {
            errors.add("section", "required");
        } else if (!section.writable()) {
            errors.add("section", "district.precincts.passport.handover-only");
        }
        String text = Checks.text(errors, "content", content, 8000, true);
        errors.throwIfAny();
        // the passport is kept by the precinct's inspector (L613); heads may write it too
        Long own = access.officerIdOf(caller).orElse(null);
        if (!access.isHead(caller) && (own == null || !own.equals(precincts.inspectorOf(precinctId).orElse(null)))) {
            throw audit.denied(caller, AuditAction.CREATE, ENTRY, precinctId, precinctId,
                    "not the precinct's inspector");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            int current = currentVersion(em, precinctId, section);
            VersionMismatchException.check(expectedVersion, current);
            PassportEntryEntity e = entry(node, section, current + 1, text, own, caller);
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, ENTRY, e.getId(), precinctId,
                    section + " v" + e.getSectionVersion());
            return toDto(e);
        });
    }

    /**
     * Records a takeover (WF-3): the handover, its passport entry and the precinct's new inspector, together. A head
     * records any takeover (with the assignment order when the incoming officer is not yet assigned); an inspector or
     * assistant records only their own takeover of the precinct the head already assigned them to (403 otherwise).
     */
    public Handover handover(Caller caller, long precinctId, NewHandover h) {
        access.requireWorker(caller, AuditAction.CREATE, HANDOVER, null);
        OrgUnit node = tree.node(PrecinctRegistry.SUBJECT, precinctId, OrgUnitKind.PRECINCT);
        access.requireInScope(caller, node.path(), node.id(), AuditAction.CREATE, HANDOVER, null);
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        LocalDate on = h.handedOverOn() == null ? today : h.handedOverOn();
        if (on.isAfter(today)) {
            errors.add("handedOverOn", "date.future");
        }
        if (h.witnessRole() == null) {
            errors.add("witnessRole", "required"); // BR-13: the deputy head of the body or the ЖПҚ head (L335-338)
        }
        String witness = Checks.text(errors, "witnessName", h.witnessName(), 200, true);
        PrecinctChecks.order(errors, "appointmentOrder", h.appointmentOrder(), false, today);
        String familiarisation = Checks.text(errors, "familiarisation", h.familiarisation(), 4000, false);
        String officials = Checks.text(errors, "officialsIntroduced", h.officialsIntroduced(), 4000, false);
        String notes = Checks.text(errors, "notes", h.notes(), 4000, false);
        errors.throwIfAny();
        Officer incoming = access.actingFor(caller, "incomingOfficerId", h.incomingOfficerId(), AuditAction.CREATE,
                HANDOVER);
        Officer witnessOfficer = null;
        if (h.witnessOfficerId() != null) {
            witnessOfficer = tree.officer(h.witnessOfficerId());
            if (witnessOfficer == null) {
                throw ValidationException.of("witnessOfficerId", "district.precincts.officer.unknown",
                        h.witnessOfficerId());
            }
            if (witnessOfficer.id().equals(incoming.id())) {
                throw ValidationException.of("witnessOfficerId", "district.precincts.witness.self");
            }
        }
        if (h.outgoingOfficerId() != null && tree.officer(h.outgoingOfficerId()) == null) {
            throw ValidationException.of("outgoingOfficerId", "district.precincts.officer.unknown",
                    h.outgoingOfficerId());
        }
        Long previous = precincts.inspectorOf(precinctId).orElse(null);
        String bodyPath = tree.bodyPath(node);
        Long witnessId = witnessOfficer == null ? null : witnessOfficer.id();
        return jpa.txExpr(TransactionType.Required, em -> {
            PrecinctEntity record = em.find(PrecinctEntity.class, precinctId);
            boolean assigned = record != null && incoming.id().equals(record.getInspectorId());
            if (!assigned) {
                // only the head assigns a precinct's inspector (L323-326): an inspector or assistant takes over only
                // the precinct the head already assigned them to, never makes themselves its inspector by a handover
                access.requireHead(caller, AuditAction.CREATE, HANDOVER, precinctId);
            }
            if (!assigned && h.appointmentOrder() == null) {
                // the inspector is assigned to the precinct by the head's order (L323-326)
                throw ValidationException.of("appointmentOrder", "required");
            }
            int current = currentVersion(em, precinctId, PassportSection.HANDOVER);
            Long outgoing = h.outgoingOfficerId() != null ? h.outgoingOfficerId()
                    : previous != null && !previous.equals(incoming.id()) ? previous : null;
            HandoverEntity e = new HandoverEntity();
            e.setPrecinctId(precinctId);
            e.setDepartmentId(node.id());
            e.setDepartmentPath(node.path());
            e.setHandedOverOn(on);
            e.setIncomingOfficerId(incoming.id());
            e.setOutgoingOfficerId(outgoing);
            e.setWitnessRole(h.witnessRole());
            e.setWitnessName(witness);
            e.setWitnessOfficerId(witnessId);
            if (h.appointmentOrder() != null) {
                e.setAppointmentOrderNumber(h.appointmentOrder().number().strip());
                e.setAppointmentOrderDate(h.appointmentOrder().date());
            } else {
                e.setAppointmentOrderNumber(record.getAssignmentOrderNumber());
                e.setAppointmentOrderDate(record.getAssignmentOrderDate());
            }
            e.setFamiliarisation(familiarisation);
            e.setOfficialsIntroduced(officials);
            e.setNotes(notes);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            PassportEntryEntity entry = entry(node, PassportSection.HANDOVER, current + 1,
                    HandoverText.of(e, incoming, outgoing == null ? null : tree.officer(outgoing)), incoming.id(),
                    caller);
            entry.setHandoverId(e.getId());
            em.persist(entry);
            e.setPassportEntryId(entry.getId());
            PrecinctEntity r = record;
            boolean created = r == null;
            if (created) {
                r = PrecinctRegistry.newRecord(node, bodyPath);
            }
            r.setInspectorId(incoming.id());
            r.setAssignmentOrderNumber(e.getAppointmentOrderNumber());
            r.setAssignmentOrderDate(e.getAppointmentOrderDate());
            r.setUpdatedBy(caller.username());
            r.setUpdatedAt(e.getCreatedAt());
            if (created) {
                em.persist(r);
            }
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, HANDOVER, e.getId(), precinctId,
                    "incoming=" + incoming.id() + " outgoing=" + outgoing + " witness=" + h.witnessRole());
            audit.record(caller, created ? AuditAction.CREATE : AuditAction.UPDATE, AuditOutcome.SUCCESS,
                    PrecinctRegistry.SUBJECT, precinctId, precinctId, "inspector=" + incoming.id() + " by handover "
                            + e.getId());
            return toDto(e);
        });
    }

    public Handover getHandover(Caller caller, long precinctId, long id) {
        OrgUnit node = readable(caller, precinctId, HANDOVER);
        return jpa.txExpr(TransactionType.Required, em -> {
            HandoverEntity e = em.find(HandoverEntity.class, id);
            if (e == null || e.getPrecinctId() != precinctId) {
                throw new NotFoundException(HANDOVER, id);
            }
            audit.record(caller, AuditAction.READ, HANDOVER, id, node.id());
            return toDto(e);
        });
    }

    /** The precinct's handovers, newest first. */
    public Page<Handover> handovers(Caller caller, long precinctId, PageRequest page) {
        OrgUnit node = readable(caller, precinctId, HANDOVER);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Handover> items = em.createQuery("SELECT h FROM HandoverEntity h WHERE h.precinctId = :p "
                    + "ORDER BY h.handedOverOn DESC, h.id DESC", HandoverEntity.class).setParameter("p", precinctId)
                    .setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(PrecinctPassport::toDto).toList();
            long total = em.createQuery("SELECT COUNT(h) FROM HandoverEntity h WHERE h.precinctId = :p", Long.class)
                    .setParameter("p", precinctId).getSingleResult();
            audit.record(caller, AuditAction.READ, HANDOVER + "s", "precinct " + precinctId, node.id());
            return new Page<>(new ArrayList<>(items), total, page.limit(), page.offset());
        });
    }

    private OrgUnit readable(Caller caller, long precinctId, String subject) {
        access.requireReader(caller, subject, precinctId);
        OrgUnit node = tree.node(PrecinctRegistry.SUBJECT, precinctId, OrgUnitKind.PRECINCT);
        access.requireInScope(caller, node.path(), node.id(), AuditAction.READ, subject, precinctId);
        return node;
    }

    private static int currentVersion(EntityManager em, long precinctId, PassportSection section) {
        Integer max = em.createQuery("SELECT MAX(e.sectionVersion) FROM PassportEntryEntity e WHERE "
                + "e.precinctId = :p AND e.section = :s", Integer.class).setParameter("p", precinctId)
                .setParameter("s", section).getSingleResult();
        return max == null ? 0 : max;
    }

    private static PassportEntryEntity entry(OrgUnit node, PassportSection section, int version, String content,
            Long officerId, Caller caller) {
        PassportEntryEntity e = new PassportEntryEntity();
        e.setPrecinctId(node.id());
        e.setDepartmentId(node.id());
        e.setDepartmentPath(node.path());
        e.setSection(section);
        e.setSectionVersion(version);
        e.setContent(content);
        e.setOfficerId(officerId);
        e.setCreatedBy(caller.username());
        e.setCreatedAt(Instant.now());
        return e;
    }

    static PassportEntry toDto(PassportEntryEntity e) {
        return new PassportEntry(e.getId(), e.getPrecinctId(), e.getSection(), e.getSectionVersion(), e.getContent(),
                e.getHandoverId(), e.getOfficerId(), e.getCreatedBy(), e.getCreatedAt());
    }

    static Handover toDto(HandoverEntity e) {
        return new Handover(e.getId(), e.getPrecinctId(), e.getHandedOverOn(), e.getIncomingOfficerId(),
                e.getOutgoingOfficerId(), e.getWitnessRole(), e.getWitnessName(), e.getWitnessOfficerId(),
                PrecinctRegistry.order(e.getAppointmentOrderNumber(), e.getAppointmentOrderDate()),
                e.getFamiliarisation(), e.getOfficialsIntroduced(), e.getNotes(), e.getPassportEntryId(),
                e.getCreatedBy(), e.getCreatedAt());
    }
}
