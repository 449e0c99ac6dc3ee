package kz.police.lps.unit.juvenile.internal.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.register.RegistrationQuery;
import kz.police.lps.core.api.register.RegistrationStatus;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.prevention.Journal;
import kz.police.lps.unit.juvenile.internal.prevention.ReviewAge;

/**
 * Inbound notices from investigation and the penal system (WF-J16, BR-J35..J37, BR-J39, N-J25..N-J27, N-J29). Each is
 * stored with its deadline: 72 hours (3 тәулік) after the event for the investigators' notices and statement, 20
 * calendar days before the release for the pre-release notice (norms {@code juvenile.inbound.*}, counted with the
 * core calendar), and flagged {@code late} with how late when received after it. The investigator's statement must
 * carry its 5 fields (L1460-1469: 422 naming each missing one); the notice of a registered minor's offence needs an
 * active registration on the register of minors (L1442-1449); an under-age notice a minor under the age of criminal
 * responsibility at the event (BR-J47, configurable). A pre-release notice gives a task to prepare the registration in
 * category 5 and preventive work (L1497-1499, L1365-1366), due on the day of release.
 */
@Component(service = InboundNotices.class)
public class InboundNotices {

    public static final String SUBJECT = "juvenile.inbound-notice";
    public static final String PRE_RELEASE_TASK = "juvenile.pre-release-preparation";
    public static final String RESPONSIBILITY_AGE = "juvenile.criminal-responsibility.age";
    private static final long MINUTES_PER_DAY = 24 * 60;

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final PersonService persons;
    private final RegisterService registers;
    private final NormService norms;
    private final WorkingCalendar calendar;
    private final TaskService tasks;

    @Activate
    public InboundNotices(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference PersonService persons, @Reference RegisterService registers,
            @Reference NormService norms, @Reference WorkingCalendar calendar, @Reference TaskService tasks) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.persons = persons;
        this.registers = registers;
        this.norms = norms;
        this.calendar = calendar;
        this.tasks = tasks;
    }

    /** Receives a notice: validated, its deadline counted, flagged late when it came after it. */
    public InboundNotice receive(Caller caller, NewInboundNotice in) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        Instant now = Instant.now();
        Instant received = in.receivedAt() != null ? in.receivedAt() : now;
        Long departmentId = in.departmentId() != null ? in.departmentId() : caller.departmentId();
        NoticeKind kind = in.kind();
        ValidationException.Collector errors = new ValidationException.Collector();
        if (kind == null) {
            errors.add("kind", "required");
        }
        if (in.personId() == null) {
            errors.add("personId", "required");
        }
        if (departmentId == null) {
            errors.add("departmentId", "required");
        }
        String sender = Checks.text(errors, "sender", in.sender(), 300, true);
        String senderRef = Checks.text(errors, "senderRef", in.senderRef(), 300, false);
        String note = Checks.text(errors, "note", in.note(), 4000, false);
        if (received.isAfter(now.plusSeconds(300))) {
            errors.add("receivedAt", "date.future");
        }
        boolean statement = kind == NoticeKind.STATEMENT;
        // BR-J37: the statement's five fields (L1463-1469), each named when missing
        String fabula = Checks.text(errors, "fabula", in.fabula(), 4000, statement);
        String qualification = Checks.text(errors, "qualification", in.qualification(), 300, statement);
        String measure = Checks.text(errors, "preventiveMeasure", in.preventiveMeasure(), 300, statement);
        if (statement && in.sentToProsecutorOn() == null) {
            errors.add("sentToProsecutorOn", "required");
        }
        String characterisation = Checks.text(errors, "characterisation", in.characterisation(), 4000, statement);
        if (kind == NoticeKind.PRE_RELEASE) {
            if (in.releaseOn() == null) {
                errors.add("releaseOn", "required");
            } else if (in.releaseOn().isBefore(day(received))) {
                errors.add("releaseOn", "date.before", day(received));
            }
        } else if (kind != null) {
            if (in.eventAt() == null) {
                errors.add("eventAt", "required");
            } else if (in.eventAt().isAfter(received)) {
                errors.add("eventAt", "date.after", received);
            }
        }
        if (kind == NoticeKind.SUSPECT_NOTICE && in.suspectReason() == null) {
            errors.add("suspectReason", "required");
        }
        if (statement && in.sentToProsecutorOn() != null && in.eventAt() != null
                && in.sentToProsecutorOn().isAfter(day(received))) {
            errors.add("sentToProsecutorOn", "date.after", day(received));
        }
        errors.throwIfAny();
        Person person = person(caller, in.personId());
        Registration registration = activeMinor(caller, in.personId());
        if (kind == NoticeKind.OFFENCE_NOTICE && registration == null) {
            // BR-J35: the notice concerns a minor on the preventive register (L1442-1449)
            throw ValidationException.of("personId", "juvenile.inbound.not-registered", in.personId());
        }
        if (kind == NoticeKind.SUSPECT_NOTICE && in.suspectReason() == SuspectReason.UNDER_AGE
                && person.birthDate() != null) {
            int age = norms.intValue(RESPONSIBILITY_AGE, departmentId);
            if (!ReviewAge.under(person.birthDate(), age, day(in.eventAt()))) {
                throw ValidationException.of("suspectReason", "juvenile.inbound.not-under-age", age);
            }
        }
        String path = access.departmentPath(caller, "departmentId", departmentId, AuditAction.CREATE, SUBJECT, null);
        Instant dueAt;
        long lateMinutes;
        if (kind == NoticeKind.PRE_RELEASE) {
            int days = norms.intValue(kind.normKey(), departmentId);
            dueAt = calendar.endOf(Lateness.preReleaseDueDay(in.releaseOn(), days));
            lateMinutes = Lateness.preReleaseLateDays(in.releaseOn(), days, day(received)) * MINUTES_PER_DAY;
        } else {
            dueAt = calendar.deadline(in.eventAt(), norms.effective(kind.normKey(), departmentId));
            lateMinutes = Lateness.lateMinutes(dueAt, received);
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            InboundNoticeEntity e = new InboundNoticeEntity();
            e.setKind(kind);
            e.setPersonId(in.personId());
            e.setRegistrationId(registration == null ? null : registration.id());
            e.setSender(sender);
            e.setSenderRef(senderRef);
            e.setEventAt(kind == NoticeKind.PRE_RELEASE ? null : in.eventAt());
            e.setReleaseOn(kind == NoticeKind.PRE_RELEASE ? in.releaseOn() : null);
            e.setReceivedAt(received);
            e.setDueAt(dueAt);
            e.setLate(lateMinutes > 0);
            e.setLateMinutes(lateMinutes);
            e.setSuspectReason(kind == NoticeKind.SUSPECT_NOTICE ? in.suspectReason() : null);
            e.setFabula(fabula);
            e.setQualification(qualification);
            e.setPreventiveMeasure(measure);
            e.setSentToProsecutorOn(in.sentToProsecutorOn());
            e.setCharacterisation(characterisation);
            e.setNote(note);
            e.setDepartmentId(departmentId);
            e.setDepartmentPath(path);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            em.flush();
            if (kind == NoticeKind.PRE_RELEASE) {
                // WF-J16 step 5: prepare the registration in category 5 and preventive work before the release
                // the receiving officer's own task; without an officer record the head assigns it (platform-made)
                Long assignee = access.officerIdOf(caller).orElse(null);
                Caller creator = assignee != null || access.isHead(caller) ? caller
                        : Caller.system(JuvenileAccess.UNIT);
                Task t = tasks.create(creator, NewTask.dueAt(JuvenileAccess.UNIT, PRE_RELEASE_TASK,
                        "Босатылатын кәмелетке толмағанды 5-санат бойынша есепке алуды және профилактикалық жұмысты "
                                + "дайындау / подготовить постановку на учёт (категория 5) и профилактическую работу: "
                                + person.fullName() + ", " + in.releaseOn(), SUBJECT, e.getId(), departmentId, assignee,
                        calendar.endOf(in.releaseOn())));
                e.setTaskId(t.id());
                em.flush();
            }
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), departmentId,
                    kind + (e.isLate() ? " late by " + lateMinutes + " min" : " in time"));
            return toDto(e);
        });
    }

    public InboundNotice get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            InboundNoticeEntity e = em.find(InboundNoticeEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, SUBJECT, id);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /** The notices in the caller's scope, latest received first; of a kind, a person, or only the late ones. */
    public Page<InboundNotice> list(Caller caller, NoticeKind kind, Long personId, Boolean late, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            StringBuilder where = new StringBuilder(" WHERE n.departmentPath LIKE :scope");
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("scope", scope + "%");
            if (kind != null) {
                where.append(" AND n.kind = :kind");
                params.put("kind", kind);
            }
            if (personId != null) {
                where.append(" AND n.personId = :person");
                params.put("person", personId);
            }
            if (late != null) {
                where.append(" AND n.late = :late");
                params.put("late", late);
            }
            TypedQuery<InboundNoticeEntity> q = em.createQuery("SELECT n FROM InboundNoticeEntity n" + where
                    + " ORDER BY n.receivedAt DESC, n.id DESC", InboundNoticeEntity.class);
            TypedQuery<Long> c = em.createQuery("SELECT COUNT(n) FROM InboundNoticeEntity n" + where, Long.class);
            params.forEach((k, v) -> {
                q.setParameter(k, v);
                c.setParameter(k, v);
            });
            List<InboundNotice> items = q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                    .stream().map(InboundNotices::toDto).toList();
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT, null, null,
                    "inbound notices " + items.stream().map(InboundNotice::id).toList());
            return new Page<>(items, c.getSingleResult(), page.limit(), page.offset());
        });
    }

    /** The notices about a person, latest first (for the accumulation file and the card; the caller audits). */
    public static List<InboundNotice> ofPerson(EntityManager em, long personId) {
        return em.createQuery("SELECT n FROM InboundNoticeEntity n WHERE n.personId = :p ORDER BY n.receivedAt DESC, "
                + "n.id DESC", InboundNoticeEntity.class).setParameter("p", personId).setMaxResults(50)
                .getResultList().stream().map(InboundNotices::toDto).toList();
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, calendar.zone());
    }

    private Person person(Caller caller, long personId) {
        try {
            return persons.get(caller, personId);
        } catch (NotFoundException e) {
            throw ValidationException.of("personId", "person.unknown", personId);
        }
    }

    /** The person's active registration on the register of minors the caller may see, or null. */
    private Registration activeMinor(Caller caller, long personId) {
        return registers.search(caller, new RegistrationQuery(Journal.MINORS.registerId(), personId,
                RegistrationStatus.ACTIVE, null, null, null), PageRequest.first(1)).items().stream().findFirst()
                .orElse(null);
    }

    static InboundNotice toDto(InboundNoticeEntity e) {
        boolean days = e.getKind() == NoticeKind.PRE_RELEASE;
        return new InboundNotice(e.getId(), e.getKind(), e.getPersonId(), e.getRegistrationId(), e.getSender(),
                e.getSenderRef(), e.getEventAt(), e.getReleaseOn(), e.getReceivedAt(), e.getDueAt(), e.isLate(),
                Lateness.hours(e.getLateMinutes()), days ? e.getLateMinutes() / MINUTES_PER_DAY : 0,
                e.getSuspectReason(), e.getFabula(), e.getQualification(), e.getPreventiveMeasure(),
                e.getSentToProsecutorOn(), e.getCharacterisation(), e.getNote(), e.getTaskId(), e.getDepartmentId(),
                e.getCreatedBy(), e.getCreatedAt());
    }
}
