package kz.police.lps.unit.juvenile.internal.schoolwork;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.school.School;
import kz.police.lps.unit.juvenile.internal.school.Schools;
import kz.police.lps.unit.juvenile.internal.schoolwork.ControlFileDtos.ControlFile;
import kz.police.lps.unit.juvenile.internal.schoolwork.ControlFileDtos.Entry;
import kz.police.lps.unit.juvenile.internal.schoolwork.ControlFileDtos.NewControlFile;
import kz.police.lps.unit.juvenile.internal.schoolwork.ControlFileDtos.NewEntry;
import kz.police.lps.unit.juvenile.internal.schoolwork.ControlFileDtos.Part;
import kz.police.lps.unit.juvenile.internal.schoolwork.ControlFileDtos.Section;

/**
 * The control file of a school (бақылау ісі; N-J30, BR-J18..BR-J20, L1224-1261; WF-J2 step 4): one per school, kept
 * by the school's inspector or, where there is none, by the precinct inspector, stored at the school or in the
 * inspector's office. Two parts of five sections each; Part 1 and Part 2's sections 4-5 are kept by hand (student
 * and staff lists with their required fields), Part 2's sections 1-3 show the school's joint plans, prevention
 * council records and quarter statements as they are recorded, and section 5 also the legal lectures recorded as
 * school events. A school whose file is kept by a school inspector is a school "with a school inspector" for the
 * recurring tasks of the cycle ({@link SchoolCycleObligations}).
 */
@Component(service = ControlFiles.class)
public class ControlFiles {

    public static final String SUBJECT = "juvenile.control-file";

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final Schools schools;
    private final WorkingCalendar calendar;

    @Activate
    public ControlFiles(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference Schools schools, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.schools = schools;
        this.calendar = calendar;
    }

    /** Opens the school's control file (a worker for themselves, the head for any officer); 409 on a second. */
    public ControlFile open(Caller caller, long schoolId, NewControlFile n) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, schoolId);
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        if (n.keeperKind() == null) {
            errors.add("keeperKind", "required");
        }
        if (n.storage() == null) {
            errors.add("storage", "required");
        }
        LocalDate opened = n.openedOn() == null ? today : n.openedOn();
        if (opened.isAfter(today)) {
            errors.add("openedOn", "date.future");
        }
        errors.throwIfAny();
        Officer keeper = access.actingFor(caller, "keeperId", n.keeperId(), AuditAction.CREATE, SUBJECT);
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            School school = schools.find(em, caller, "schoolId", schoolId, AuditAction.CREATE);
            if (fileOf(em, schoolId) != null) {
                throw new ConflictException("schoolId", "juvenile.schoolwork.control-file.exists", schoolId);
            }
            ControlFileEntity e = new ControlFileEntity();
            e.setDepartmentId(school.departmentId());
            e.setDepartmentPath(schools.pathOf(em, schoolId));
            e.setSchoolId(schoolId);
            e.setKeeperId(keeper.id());
            e.setKeeperKind(n.keeperKind());
            e.setStorage(n.storage());
            e.setOpenedOn(opened);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), e.getDepartmentId(),
                    "school " + schoolId + " kept by " + keeper.id() + " (" + n.keeperKind() + ") at " + n.storage());
            return view(em, e, school);
        });
    }

    /** Adds an entry to a hand-kept section (BR-J19/BR-J20 field rules; 422 naming each missing field). */
    public ControlFile addEntry(Caller caller, long schoolId, NewEntry n) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, schoolId);
        ControlFileRules.validate(n);
        LocalDate today = LocalDate.now(calendar.zone());
        if (n.entryDate() != null && n.entryDate().isAfter(today)) {
            throw ValidationException.of("entryDate", "date.future");
        }
        Instant now = Instant.now();
        return jpa.txExpr(TransactionType.Required, em -> {
            School school = schools.find(em, caller, "schoolId", schoolId, AuditAction.UPDATE);
            ControlFileEntity file = fileOf(em, schoolId);
            if (file == null) {
                throw new NotFoundException(SUBJECT, schoolId);
            }
            ControlFileEntryEntity e = new ControlFileEntryEntity();
            e.setDepartmentId(file.getDepartmentId());
            e.setDepartmentPath(file.getDepartmentPath());
            e.setSchoolId(schoolId);
            e.setFileId(file.getId());
            e.setSection(n.section());
            e.setLastName(strip(n.lastName()));
            e.setFirstName(strip(n.firstName()));
            e.setPatronymic(strip(n.patronymic()));
            e.setClassName(strip(n.className()));
            e.setPosition(strip(n.position()));
            e.setHomeAddress(strip(n.homeAddress()));
            e.setContactPhone(strip(n.contactPhone()));
            e.setParents(strip(n.parents()));
            e.setPersonId(n.personId());
            e.setTitle(strip(n.title()));
            e.setContent(strip(n.content()));
            e.setEntryDate(n.entryDate() == null ? today : n.entryDate());
            e.setCreatedBy(caller.username());
            e.setCreatedAt(now);
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, file.getId(),
                    file.getDepartmentId(), "entry " + e.getId() + " in " + n.section());
            return view(em, file, school);
        });
    }

    /** The whole file of a school, both parts (audited read; the unit's readers only). */
    public ControlFile get(Caller caller, long schoolId) {
        access.requireReader(caller, SUBJECT, schoolId);
        return jpa.txExpr(TransactionType.Required, em -> {
            School school = schools.find(em, caller, "schoolId", schoolId, AuditAction.READ);
            ControlFileEntity file = fileOf(em, schoolId);
            if (file == null) {
                throw new NotFoundException(SUBJECT, schoolId);
            }
            audit.record(caller, AuditAction.READ, SUBJECT, file.getId(), file.getDepartmentId());
            return view(em, file, school);
        });
    }

    static ControlFileEntity fileOf(EntityManager em, long schoolId) {
        return em.createQuery("SELECT f FROM ControlFileEntity f WHERE f.schoolId = :s", ControlFileEntity.class)
                .setParameter("s", schoolId).getResultStream().findFirst().orElse(null);
    }

    private ControlFile view(EntityManager em, ControlFileEntity f, School school) {
        Map<ControlFileSection, List<Entry>> bySection = new EnumMap<>(ControlFileSection.class);
        for (ControlFileSection s : ControlFileSection.values()) {
            bySection.put(s, new ArrayList<>());
        }
        em.createQuery("SELECT e FROM ControlFileEntryEntity e WHERE e.fileId = :f ORDER BY e.section, e.lastName, "
                + "e.id", ControlFileEntryEntity.class).setParameter("f", f.getId()).getResultList()
                .forEach(e -> bySection.get(e.getSection()).add(new Entry(e.getId(), "entry", e.getId(),
                        e.getTitle(), e.getLastName(), e.getFirstName(), e.getPatronymic(), e.getClassName(),
                        e.getPosition(), e.getHomeAddress(), e.getContactPhone(), e.getParents(), e.getPersonId(),
                        e.getContent(), e.getEntryDate())));
        long schoolId = f.getSchoolId();
        em.createQuery("SELECT p FROM JointPlanEntity p WHERE p.schoolId = :s ORDER BY p.startYear, p.quarterNo",
                JointPlanEntity.class).setParameter("s", schoolId).getResultList()
                .forEach(p -> bySection.get(ControlFileSection.P2_JOINT_PLANS).add(auto(JointPlans.SUBJECT,
                        p.getId(), "Бірлескен іс-шаралар жоспары / план совместных мероприятий "
                                + StudentIncidents.code(p.getStartYear(), p.getQuarterNo()) + " (" + p.getStatus()
                                + ")", p.getNote(), p.getPoliceApprovedOn())));
        em.createQuery("SELECT c FROM PreventionCouncilEntity c WHERE c.schoolId = :s ORDER BY c.initiatedAt",
                PreventionCouncilEntity.class).setParameter("s", schoolId).getResultList()
                .forEach(c -> bySection.get(ControlFileSection.P2_COUNCIL_MATERIALS).add(auto(StudentIncidents.COUNCIL,
                        c.getId(), "Алдын алу кеңесі / совет профилактики (incident " + c.getIncidentId() + ")",
                        c.getMeasures(), c.getHeldOn())));
        em.createQuery("SELECT s FROM QuarterStatementEntity s WHERE s.schoolId = :s ORDER BY s.startYear, "
                + "s.quarterNo", QuarterStatementEntity.class).setParameter("s", schoolId).getResultList()
                .forEach(s -> bySection.get(ControlFileSection.P2_STATEMENTS).add(auto(QuarterStatements.SUBJECT,
                        s.getId(), "Анықтама / справка " + StudentIncidents.code(s.getStartYear(), s.getQuarterNo()),
                        s.getOffending(), s.getIssuedOn())));
        em.createQuery("SELECT e FROM SchoolEventEntity e WHERE e.schoolId = :s AND e.kind = :k ORDER BY "
                + "e.eventDate", SchoolEventEntity.class).setParameter("s", schoolId)
                .setParameter("k", SchoolEventKind.LEGAL_LECTURE).getResultList()
                .forEach(e -> bySection.get(ControlFileSection.P2_LEGAL_LECTURES).add(auto(SchoolEvents.SUBJECT,
                        e.getId(), e.getTitle(), e.getDescription(), e.getEventDate())));
        List<Part> parts = new ArrayList<>();
        for (int part = 1; part <= 2; part++) {
            List<Section> sections = new ArrayList<>();
            for (ControlFileSection s : ControlFileSection.values()) {
                if (s.part() == part) {
                    sections.add(new Section(s, part, s.number(), s.label().ru(), s.automatic(), bySection.get(s)));
                }
            }
            parts.add(new Part(part, sections));
        }
        return new ControlFile(f.getId(), f.getDepartmentId(), schoolId, school.name(), f.getKeeperId(),
                f.getKeeperKind(), f.getStorage(), f.getOpenedOn(), parts, f.getCreatedBy(), f.getCreatedAt(),
                f.getVersion());
    }

    private static Entry auto(String type, Long id, String title, String content, LocalDate date) {
        return new Entry(null, type, id, title, null, null, null, null, null, null, null, null, null, content, date);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
