package kz.police.lps.unit.juvenile.internal.prevention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.inbound.InboundNotices;

/**
 * What the unit keeps about a registered person beside the journal entry (WF-J10 steps 4-6, WF-J12 steps 3-4): the
 * individual preventive work (conversations, home visits; US-J22, L1149-1151, L1248), the housing and
 * living-conditions inspection acts (US-J36, L1194-1199, L1250-1251), the forensic registration (BR-J34, US-J35,
 * L1058-1061), the copies sent from the accumulation file on an investigator's request (US-J42, L1447-1449), and the
 * accumulation file that gathers them. Records are written on an active registration by the unit's workers in scope,
 * read by its readers; each write and read audited.
 */
@Component(service = PreventiveFiles.class)
public class PreventiveFiles {

    public static final String WORK_SUBJECT = "juvenile.preventive-work";
    public static final String FORENSIC_SUBJECT = "juvenile.forensic-registration";
    public static final String COPY_SUBJECT = "juvenile.file-copy";
    public static final String FILE_SUBJECT = "juvenile.accumulation-file";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final PreventionJournal journal;

    @Activate
    public PreventiveFiles(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference PreventionJournal journal) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.journal = journal;
    }

    /** Records preventive work ({@code act} false) or a living-conditions act ({@code act} true). */
    public PreventiveRecord addRecord(Caller caller, long registrationId, NewPreventiveRecord in, boolean act) {
        access.requireWorker(caller, AuditAction.CREATE, WORK_SUBJECT, null);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        LocalDate today = journal.today();
        LocalDate day = in.recordDate() != null ? in.recordDate() : today;
        RecordKind kind = act ? RecordKind.LIVING_CONDITIONS_ACT : in.kind();
        ValidationException.Collector errors = new ValidationException.Collector();
        if (kind == null) {
            errors.add("kind", "required");
        } else if (!act && kind.isAct()) {
            errors.add("kind", "juvenile.prevention.act-kind");
        }
        if (day.isAfter(today)) {
            errors.add("recordDate", "date.future");
        }
        String address = Checks.text(errors, "address", in.address(), 300, act);
        String participants = Checks.text(errors, "participants", in.participants(), 4000, false);
        String findings = Checks.text(errors, "findings", in.findings(), 4000, act || kind == RecordKind.OTHER);
        String recommendations = Checks.text(errors, "recommendations", in.recommendations(), 4000, false);
        errors.throwIfAny();
        Registration r = active(caller, registrationId);
        if (day.isBefore(r.startedOn())) {
            throw ValidationException.of("recordDate", "date.before", r.startedOn());
        }
        Long officerId = officer(caller, in.officerId(), WORK_SUBJECT);
        String path = access.departmentPath(caller, "registrationId", r.departmentId(), AuditAction.CREATE,
                WORK_SUBJECT, null);
        return jpa.txExpr(TransactionType.Required, em -> {
            PreventiveRecordEntity e = new PreventiveRecordEntity();
            e.setRegistrationId(r.id());
            e.setPersonId(r.personId());
            e.setKind(kind);
            e.setRecordDate(day);
            e.setAddress(address);
            e.setParticipants(participants);
            e.setFindings(findings);
            e.setRecommendations(recommendations);
            e.setOfficerId(officerId);
            e.setDepartmentId(r.departmentId());
            e.setDepartmentPath(path);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, WORK_SUBJECT, e.getId(), r.departmentId());
            return toDto(e);
        });
    }

    /** The preventive work ({@code acts} false) or the acts ({@code acts} true) of a registration, latest first. */
    public List<PreventiveRecord> records(Caller caller, long registrationId, boolean acts) {
        access.requireReader(caller, WORK_SUBJECT, null);
        Registration r = journal.registration(caller, registrationId);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<PreventiveRecord> out = records(em, r.id(), acts);
            audit.record(caller, AuditAction.READ, WORK_SUBJECT, "registration-" + r.id(), r.departmentId());
            return out;
        });
    }

    /** Records a forensic registration (BR-J34): what was taken and when. */
    public Forensic addForensic(Caller caller, long registrationId, NewForensic in) {
        access.requireWorker(caller, AuditAction.CREATE, FORENSIC_SUBJECT, null);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        LocalDate today = journal.today();
        LocalDate day = in.takenOn() != null ? in.takenOn() : today;
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.materials() == null || in.materials().isEmpty() || in.materials().contains(null)) {
            errors.add("materials", "required");
        }
        if (day.isAfter(today)) {
            errors.add("takenOn", "date.future");
        }
        String note = Checks.text(errors, "note", in.note(), 4000, false);
        errors.throwIfAny();
        Registration r = active(caller, registrationId);
        if (day.isBefore(r.startedOn())) {
            throw ValidationException.of("takenOn", "date.before", r.startedOn());
        }
        Long officerId = officer(caller, in.officerId(), FORENSIC_SUBJECT);
        String path = access.departmentPath(caller, "registrationId", r.departmentId(), AuditAction.CREATE,
                FORENSIC_SUBJECT, null);
        Set<ForensicMaterial> taken = EnumSet.copyOf(in.materials());
        return jpa.txExpr(TransactionType.Required, em -> {
            ForensicEntity e = new ForensicEntity();
            e.setRegistrationId(r.id());
            e.setPersonId(r.personId());
            e.setTakenOn(day);
            e.setPhoto(taken.contains(ForensicMaterial.PHOTO));
            e.setFingerprints(taken.contains(ForensicMaterial.FINGERPRINTS));
            e.setAudio(taken.contains(ForensicMaterial.AUDIO));
            e.setVideo(taken.contains(ForensicMaterial.VIDEO));
            e.setNote(note);
            e.setOfficerId(officerId);
            e.setDepartmentId(r.departmentId());
            e.setDepartmentPath(path);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, FORENSIC_SUBJECT, e.getId(), r.departmentId());
            return toDto(e);
        });
    }

    public List<Forensic> forensic(Caller caller, long registrationId) {
        access.requireReader(caller, FORENSIC_SUBJECT, null);
        Registration r = journal.registration(caller, registrationId);
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Forensic> out = forensic(em, r.id());
            audit.record(caller, AuditAction.READ, FORENSIC_SUBJECT, "registration-" + r.id(), r.departmentId());
            return out;
        });
    }

    /** Records copies sent from the accumulation file on request (US-J42). */
    public FileCopy addCopy(Caller caller, long registrationId, NewFileCopy in) {
        access.requireWorker(caller, AuditAction.CREATE, COPY_SUBJECT, null);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        LocalDate today = journal.today();
        LocalDate sent = in.sentOn() != null ? in.sentOn() : today;
        ValidationException.Collector errors = new ValidationException.Collector();
        String by = Checks.text(errors, "requestedBy", in.requestedBy(), 300, true);
        String ref = Checks.text(errors, "requestRef", in.requestRef(), 300, false);
        String documents = Checks.text(errors, "documents", in.documents(), 4000, true);
        if (in.requestedOn() == null) {
            errors.add("requestedOn", "required");
        } else if (in.requestedOn().isAfter(sent)) {
            errors.add("requestedOn", "date.after", sent);
        }
        if (sent.isAfter(today)) {
            errors.add("sentOn", "date.future");
        }
        errors.throwIfAny();
        Registration r = journal.registration(caller, registrationId);
        String path = access.departmentPath(caller, "registrationId", r.departmentId(), AuditAction.CREATE,
                COPY_SUBJECT, null);
        return jpa.txExpr(TransactionType.Required, em -> {
            if (in.noticeId() != null && em.createQuery("SELECT COUNT(n) FROM InboundNoticeEntity n WHERE n.id = :id "
                    + "AND n.personId = :p", Long.class).setParameter("id", in.noticeId())
                    .setParameter("p", r.personId()).getSingleResult() == 0) {
                throw ValidationException.of("noticeId", "juvenile.inbound.unknown", in.noticeId());
            }
            FileCopyEntity e = new FileCopyEntity();
            e.setRegistrationId(r.id());
            e.setPersonId(r.personId());
            e.setRequestedBy(by);
            e.setRequestRef(ref);
            e.setRequestedOn(in.requestedOn());
            e.setSentOn(sent);
            e.setDocuments(documents);
            e.setNoticeId(in.noticeId());
            e.setDepartmentId(r.departmentId());
            e.setDepartmentPath(path);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, COPY_SUBJECT, e.getId(), r.departmentId());
            return toDto(e);
        });
    }

    /** The accumulation file of a registration (audited). */
    public AccumulationFile file(Caller caller, long registrationId) {
        access.requireReader(caller, FILE_SUBJECT, registrationId);
        JournalEntry entry = journal.get(caller, registrationId);
        return jpa.txExpr(TransactionType.Required, em -> {
            AccumulationFile f = new AccumulationFile(entry, records(em, registrationId, false),
                    records(em, registrationId, true), forensic(em, registrationId),
                    InboundNotices.ofPerson(em, entry.personId()),
                    em.createQuery("SELECT e FROM FileCopyEntity e WHERE e.registrationId = :r ORDER BY e.sentOn DESC, "
                            + "e.id DESC", FileCopyEntity.class).setParameter("r", registrationId).getResultList()
                            .stream().map(PreventiveFiles::toDto).toList());
            audit.record(caller, AuditAction.READ, FILE_SUBJECT, registrationId, entry.departmentId());
            return f;
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private Registration active(Caller caller, long registrationId) {
        Registration r = journal.registration(caller, registrationId);
        if (!r.active()) {
            throw new ConflictException("status", "registration.removed");
        }
        return r;
    }

    private Long officer(Caller caller, Long officerId, String subject) {
        if (officerId == null && access.officerIdOf(caller).isEmpty()) {
            return null;
        }
        return access.actingFor(caller, "officerId", officerId, AuditAction.CREATE, subject).id();
    }

    private static List<PreventiveRecord> records(EntityManager em, long registrationId, boolean acts) {
        return em.createQuery("SELECT e FROM PreventiveRecordEntity e WHERE e.registrationId = :r AND e.kind "
                + (acts ? "=" : "<>") + " :act ORDER BY e.recordDate DESC, e.id DESC", PreventiveRecordEntity.class)
                .setParameter("r", registrationId).setParameter("act", RecordKind.LIVING_CONDITIONS_ACT)
                .getResultList().stream().map(PreventiveFiles::toDto).toList();
    }

    private static List<Forensic> forensic(EntityManager em, long registrationId) {
        return em.createQuery("SELECT e FROM ForensicEntity e WHERE e.registrationId = :r ORDER BY e.takenOn DESC, "
                + "e.id DESC", ForensicEntity.class).setParameter("r", registrationId).getResultList().stream()
                .map(PreventiveFiles::toDto).toList();
    }

    static PreventiveRecord toDto(PreventiveRecordEntity e) {
        return new PreventiveRecord(e.getId(), e.getRegistrationId(), e.getPersonId(), e.getKind(), e.getRecordDate(),
                e.getAddress(), e.getParticipants(), e.getFindings(), e.getRecommendations(), e.getOfficerId(),
                e.getCreatedBy(), e.getCreatedAt());
    }

    static Forensic toDto(ForensicEntity e) {
        Set<ForensicMaterial> taken = EnumSet.noneOf(ForensicMaterial.class);
        if (e.isPhoto()) {
            taken.add(ForensicMaterial.PHOTO);
        }
        if (e.isFingerprints()) {
            taken.add(ForensicMaterial.FINGERPRINTS);
        }
        if (e.isAudio()) {
            taken.add(ForensicMaterial.AUDIO);
        }
        if (e.isVideo()) {
            taken.add(ForensicMaterial.VIDEO);
        }
        return new Forensic(e.getId(), e.getRegistrationId(), e.getPersonId(), e.getTakenOn(), taken, e.getNote(),
                e.getOfficerId(), e.getCreatedBy(), e.getCreatedAt());
    }

    static FileCopy toDto(FileCopyEntity e) {
        return new FileCopy(e.getId(), e.getRegistrationId(), e.getPersonId(), e.getRequestedBy(), e.getRequestRef(),
                e.getRequestedOn(), e.getSentOn(), e.getDocuments(), e.getNoticeId(), e.getCreatedBy(),
                e.getCreatedAt());
    }
}
