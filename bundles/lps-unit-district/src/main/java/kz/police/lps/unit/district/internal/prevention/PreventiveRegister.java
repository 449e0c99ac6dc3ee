package kz.police.lps.unit.district.internal.prevention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.register.GroundKind;
import kz.police.lps.core.api.register.NewRegistration;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;
import kz.police.lps.unit.district.internal.prevention.NewPreventivePlacement.BasisDocument;

/**
 * The preventive register in the district unit (WF-10): placement through the unit with the checks the core's
 * register cannot make (BR-27 a placement ground of the register with its basis document, BR-28 ground 3 needs two
 * or more prior convictions), the individual preventive work log (US-28) and forensic registration (US-29). The
 * registration is the core's ({@link RegisterService}, its planned checks are the core's tasks
 * {@code core.register-check} at {@code district.preventive.check-periodicity}); the unit's records name it by id.
 * A placement writes the core's registration, the unit's record and both audit rows in one transaction.
 */
@Component(service = PreventiveRegister.class)
public class PreventiveRegister {

    public static final String REGISTER = "district.preventive";
    public static final String SUBJECT = "district.preventive-placement";
    public static final String WORK_SUBJECT = "district.preventive-work";
    public static final String FORENSIC_SUBJECT = "district.forensic-registration";
    /** BR-28: the fewest prior convictions ground 3 needs (L652-657). */
    public static final String MIN_CONVICTIONS_NORM = "district.preventive.repeat-convict-min-convictions";

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final RegisterService registers;
    private final NormService norms;
    private final WorkingCalendar calendar;

    @Activate
    public PreventiveRegister(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference RegisterService registers, @Reference NormService norms,
            @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.registers = registers;
        this.norms = norms;
        this.calendar = calendar;
    }

    /** Places the person on the preventive register: the core's registration and the unit's record, or neither. */
    public PreventiveFile place(Caller caller, NewPreventivePlacement p) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        Long departmentId = p.departmentId() != null ? p.departmentId() : caller.departmentId();
        LocalDate startedOn = p.startedOn() != null ? p.startedOn() : today();
        ValidationException.Collector errors = new ValidationException.Collector();
        if (p.personId() == null) {
            errors.add("personId", "required");
        }
        if (p.groundCode() == null || p.groundCode().isBlank()) {
            errors.add("groundCode", "required"); // BR-27: one of the seven grounds (L648-674)
        } else if (registers.ground(p.groundCode()).filter(g -> REGISTER.equals(g.registerId())
                && g.kind() == GroundKind.PLACEMENT).isEmpty()) {
            errors.add("groundCode", "register.ground.placement", REGISTER);
        }
        if (departmentId == null) {
            errors.add("departmentId", "required");
        }
        PlacementRules.basisDocument(errors, p.basisDocument(), startedOn);
        int minimum = PlacementRules.REPEAT_CONVICT_GROUND.equals(p.groundCode())
                ? norms.intValue(MIN_CONVICTIONS_NORM, departmentId) : 0;
        PlacementRules.convictions(errors, p.groundCode(), p.convictions(), minimum);
        errors.throwIfAny();
        String path = access.departmentPath(caller, "departmentId", departmentId, AuditAction.CREATE, SUBJECT, null);
        BasisDocument basis = p.basisDocument();
        Integer convictions = p.convictions() == null ? null : p.convictions().count();
        String convictionsDocument = p.convictions() == null || p.convictions().document() == null ? null
                : p.convictions().document().strip();
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("basisKind", basis.kind().name());
        extra.put("basisNumber", basis.number().strip());
        extra.put("basisIssuedOn", basis.issuedOn().toString());
        if (convictions != null) {
            extra.put("priorConvictions", convictions);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            Registration r = registers.place(caller, new NewRegistration(REGISTER, p.personId(), p.groundCode(),
                    basisText(basis), departmentId, p.responsibleOfficerId(), startedOn, extra));
            PreventivePlacementEntity e = new PreventivePlacementEntity();
            e.setRegistrationId(r.id());
            e.setPersonId(r.personId());
            e.setGroundCode(r.groundCode());
            e.setBasisKind(basis.kind());
            e.setBasisNumber(basis.number().strip());
            e.setBasisIssuedOn(basis.issuedOn());
            e.setBasisIssuedBy(basis.issuedBy() == null || basis.issuedBy().isBlank() ? null
                    : basis.issuedBy().strip());
            e.setPriorConvictions(convictions);
            e.setConvictionsDocument(convictionsDocument);
            e.setDepartmentId(departmentId);
            e.setDepartmentPath(path);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), departmentId);
            return new PreventiveFile(r, toDto(e), List.of(), List.of());
        });
    }

    /** A registration of the preventive register with the unit's records about it (audited). */
    public PreventiveFile file(Caller caller, long registrationId) {
        access.requireReader(caller, SUBJECT, registrationId);
        Registration r = registers.getOn(caller, REGISTER, registrationId);
        return jpa.txExpr(TransactionType.Required, em -> {
            PreventiveFile f = file(em, r);
            audit.record(caller, AuditAction.READ, SUBJECT, registrationId, r.departmentId());
            return f;
        });
    }

    /** Writes an entry of the individual preventive work log (US-28). */
    public PreventiveWork addWork(Caller caller, long registrationId, NewPreventiveWork w) {
        access.requireWorker(caller, AuditAction.CREATE, WORK_SUBJECT, null);
        LocalDate today = today();
        LocalDate day = w.workDate() != null ? w.workDate() : today;
        ValidationException.Collector errors = new ValidationException.Collector();
        if (w.activity() == null) {
            errors.add("activity", "required");
        }
        if (day.isAfter(today)) {
            errors.add("workDate", "date.future");
        }
        String jointUnits = Checks.text(errors, "jointUnits", w.jointUnits(), 500, false);
        String notes = Checks.text(errors, "notes", w.notes(), 2000, w.activity() == PreventiveActivity.OTHER);
        errors.throwIfAny();
        Registration r = registers.activeOn(caller, REGISTER, registrationId);
        if (day.isBefore(r.startedOn())) {
            throw ValidationException.of("workDate", "date.before", r.startedOn());
        }
        Long officerId = ActingOfficer.of(access, caller, w.officerId(), AuditAction.CREATE, WORK_SUBJECT);
        String path = access.departmentPath(caller, "registrationId", r.departmentId(), AuditAction.CREATE,
                WORK_SUBJECT, null);
        return jpa.txExpr(TransactionType.Required, em -> {
            PreventiveWorkEntity e = new PreventiveWorkEntity();
            e.setRegistrationId(r.id());
            e.setPersonId(r.personId());
            e.setWorkDate(day);
            e.setActivity(w.activity());
            e.setJointUnits(jointUnits);
            e.setNotes(notes);
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

    /** Records a forensic registration: photo, fingerprints, audio, video (US-29, L581-584). */
    public ForensicRegistration addForensic(Caller caller, long registrationId, NewForensicRegistration f) {
        access.requireWorker(caller, AuditAction.CREATE, FORENSIC_SUBJECT, null);
        LocalDate today = today();
        LocalDate day = f.takenOn() != null ? f.takenOn() : today;
        ValidationException.Collector errors = new ValidationException.Collector();
        if (f.materials() == null || f.materials().isEmpty() || f.materials().stream().anyMatch(m -> m == null)) {
            errors.add("materials", "required");
        }
        if (day.isAfter(today)) {
            errors.add("takenOn", "date.future");
        }
        String note = Checks.text(errors, "note", f.note(), 1000, false);
        errors.throwIfAny();
        Registration r = registers.activeOn(caller, REGISTER, registrationId);
        if (day.isBefore(r.startedOn())) {
            throw ValidationException.of("takenOn", "date.before", r.startedOn());
        }
        Long officerId = ActingOfficer.of(access, caller, f.officerId(), AuditAction.CREATE, FORENSIC_SUBJECT);
        String path = access.departmentPath(caller, "registrationId", r.departmentId(), AuditAction.CREATE,
                FORENSIC_SUBJECT, null);
        Set<ForensicMaterial> taken = EnumSet.copyOf(f.materials());
        return jpa.txExpr(TransactionType.Required, em -> {
            ForensicRegistrationEntity e = new ForensicRegistrationEntity();
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

    /** The person's registrations on the preventive register the caller may see, with the unit's records. */
    public List<PreventiveFile> ofPerson(Caller caller, long personId) {
        access.requireReader(caller, SUBJECT, null);
        List<Registration> mine = registers.history(caller, personId).stream()
                .filter(r -> REGISTER.equals(r.registerId())).toList();
        if (mine.isEmpty()) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<PreventiveFile> files = new ArrayList<>();
            for (Registration r : mine) {
                files.add(file(em, r));
            }
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, null,
                    null, "preventive work of person " + personId);
            return files;
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.now(calendar.zone());
    }

    private static PreventiveFile file(EntityManager em, Registration r) {
        PreventivePlacement placement = em.createQuery("SELECT e FROM PreventivePlacementEntity e "
                + "WHERE e.registrationId = :r", PreventivePlacementEntity.class).setParameter("r", r.id())
                .getResultList().stream().findFirst().map(PreventiveRegister::toDto).orElse(null);
        List<PreventiveWork> work = em.createQuery("SELECT e FROM PreventiveWorkEntity e WHERE e.registrationId = :r "
                + "ORDER BY e.workDate DESC, e.id DESC", PreventiveWorkEntity.class).setParameter("r", r.id())
                .getResultList().stream().map(PreventiveRegister::toDto).toList();
        List<ForensicRegistration> forensic = em.createQuery("SELECT e FROM ForensicRegistrationEntity e "
                + "WHERE e.registrationId = :r ORDER BY e.takenOn DESC, e.id DESC", ForensicRegistrationEntity.class)
                .setParameter("r", r.id()).getResultList().stream().map(PreventiveRegister::toDto).toList();
        return new PreventiveFile(r, placement, work, forensic);
    }

    /** The basis as the core's registration shows it: "решение суда № 2-123/2026 от 2026-01-05, <issuer>". */
    static String basisText(BasisDocument b) {
        String text = b.kind().label().ru() + " № " + b.number().strip() + " от " + b.issuedOn();
        return b.issuedBy() == null || b.issuedBy().isBlank() ? text : text + ", " + b.issuedBy().strip();
    }

    static PreventivePlacement toDto(PreventivePlacementEntity e) {
        return new PreventivePlacement(e.getId(), e.getRegistrationId(), e.getPersonId(), e.getGroundCode(),
                e.getBasisKind(), e.getBasisNumber(), e.getBasisIssuedOn(), e.getBasisIssuedBy(),
                e.getPriorConvictions(), e.getConvictionsDocument(), e.getDepartmentId(), e.getCreatedBy(),
                e.getCreatedAt());
    }

    static PreventiveWork toDto(PreventiveWorkEntity e) {
        return new PreventiveWork(e.getId(), e.getRegistrationId(), e.getPersonId(), e.getWorkDate(), e.getActivity(),
                e.getJointUnits(), e.getNotes(), e.getOfficerId(), e.getCreatedBy(), e.getCreatedAt());
    }

    static ForensicRegistration toDto(ForensicRegistrationEntity e) {
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
        return new ForensicRegistration(e.getId(), e.getRegistrationId(), e.getPersonId(), e.getTakenOn(), taken,
                e.getNote(), e.getOfficerId(), e.getCreatedBy(), e.getCreatedAt());
    }
}
