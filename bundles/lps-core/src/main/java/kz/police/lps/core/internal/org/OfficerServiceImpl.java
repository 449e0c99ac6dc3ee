package kz.police.lps.core.internal.org;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.org.Absence;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.Permission;
import kz.police.lps.core.internal.db.CoreSchema;
import kz.police.lps.core.internal.db.JpqlQuery;
import kz.police.lps.core.internal.db.Versions;
import kz.police.lps.core.internal.model.AbsenceEntity;
import kz.police.lps.core.internal.model.OfficerEntity;
import kz.police.lps.core.internal.security.CallerFactoryImpl;
import kz.police.lps.core.api.error.Checks;

@Component(service = OfficerService.class)
public class OfficerServiceImpl implements OfficerService {

    static final String SUBJECT = "officer";
    private static final Pattern PERSONNEL_NUMBER = Pattern.compile("[A-Za-z0-9А-Яа-я-]{1,32}");
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Map<String, String> SORT = Map.of("surname", "surname", "personnelNumber",
            "personnelNumber", "id", "id");

    private final JpaTemplate jpa;
    private final AuditService audit;
    private final DepartmentPaths paths;
    private final CallerFactoryImpl callers;

    @Activate
    public OfficerServiceImpl(@Reference(target = "(osgi.unit.name=lps-core)") JpaTemplate jpa,
            @Reference(target = CoreSchema.TARGET) SchemaReady schema, @Reference AuditService audit,
            @Reference DepartmentPaths paths, @Reference CallerFactoryImpl callers) {
        this.jpa = jpa;
        this.audit = audit;
        this.paths = paths;
        this.callers = callers;
    }

    @Override
    public Officer create(Caller caller, Officer o) {
        audit.require(caller, Permission.ORG_WRITE, AuditAction.CREATE, SUBJECT, null);
        validate(o);
        requireInScope(caller, o.departmentId());
        return jpa.txExpr(TransactionType.Required, em -> {
            checkUnique(em, null, o);
            OfficerEntity e = new OfficerEntity();
            apply(e, o);
            em.persist(e);
            audit.record(caller, AuditAction.CREATE, SUBJECT, e.getId(), e.getDepartmentId());
            em.flush();
            return toDto(e);
        });
    }

    @Override
    public Officer get(Caller caller, long id) {
        audit.require(caller, Permission.ORG_READ, AuditAction.READ, SUBJECT, id);
        return jpa.txExpr(TransactionType.Supports, em -> {
            OfficerEntity e = find(em, id);
            if (!caller.scope().covers(paths.pathOf(e.getDepartmentId()).orElse(null))) {
                throw audit.denied(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId(), "outside data scope");
            }
            return toDto(e);
        });
    }

    @Override
    public Optional<Officer> findByLogin(String login) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT o FROM OfficerEntity o WHERE o.login = :l", OfficerEntity.class)
                .setParameter("l", login).getResultList().stream().findFirst().map(OfficerServiceImpl::toDto));
    }

    @Override
    public Optional<Long> officerIdOf(Caller caller) {
        return jpa.txExpr(TransactionType.Supports, em -> em
                .createQuery("SELECT o.id FROM OfficerEntity o WHERE o.login = :l AND o.status = :s", Long.class)
                .setParameter("l", caller.username()).setParameter("s", OfficerStatus.ACTIVE).getResultList()
                .stream().findFirst());
    }

    @Override
    public Page<Officer> list(Caller caller, Long departmentId, String unitType, PageRequest page) {
        audit.require(caller, Permission.ORG_READ, AuditAction.READ, SUBJECT, null);
        if (caller.scope().isNone()) {
            return new Page<>(java.util.List.of(), 0, page.limit(), page.offset());
        }
        return jpa.txExpr(TransactionType.Supports, em -> {
            JpqlQuery<OfficerEntity> q = new JpqlQuery<>(OfficerEntity.class, SORT)
                    .eq("departmentId", departmentId)
                    .eq("unitType", unitType);
            if (!caller.scope().isAll()) {
                q.where("e.departmentId IN (SELECT u.id FROM OrgUnitEntity u WHERE u.path LIKE :scope)",
                        Map.of("scope", caller.scope().pathPrefix() + "%"));
            }
            return q.page(em, page, "id", OfficerServiceImpl::toDto);
        });
    }

    @Override
    public Officer update(Caller caller, long id, Long expectedVersion, Officer data) {
        audit.require(caller, Permission.ORG_WRITE, AuditAction.UPDATE, SUBJECT, id);
        validate(data);
        requireInScope(caller, data.departmentId());
        return jpa.txExpr(TransactionType.Required, em -> {
            OfficerEntity e = find(em, id);
            requireInScope(caller, e.getDepartmentId());
            Versions.check(expectedVersion, e.getVersion());
            checkUnique(em, id, data);
            callers.forget(e.getLogin());
            callers.forget(data.login());
            apply(e, data);
            audit.record(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId());
            em.flush();
            return toDto(e);
        });
    }

    @Override
    public Absence addAbsence(Caller caller, long officerId, Absence a) {
        audit.require(caller, Permission.ORG_WRITE, AuditAction.CREATE, "officer.absence", officerId);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (a.kind() == null) {
            errors.add("kind", "required");
        }
        if (a.from() == null) {
            errors.add("from", "required");
        }
        if (a.to() == null) {
            errors.add("to", "required");
        }
        if (a.from() != null && a.to() != null && a.to().isBefore(a.from())) {
            errors.add("to", "date.before", "from");
        }
        Checks.maxLength(errors, "note", a.note(), 500);
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            OfficerEntity o = find(em, officerId);
            requireInScope(caller, o.getDepartmentId());
            if (a.coverOfficerId() != null) {
                OfficerEntity cover = em.find(OfficerEntity.class, a.coverOfficerId());
                if (cover == null || cover.getId().equals(officerId) || cover.getStatus() != OfficerStatus.ACTIVE
                        || o.getUnitType() != null && !o.getUnitType().equals(cover.getUnitType())) {
                    throw ValidationException.of("coverOfficerId", "absence.cover");
                }
                requireInScope(caller, cover.getDepartmentId());
            }
            AbsenceEntity e = new AbsenceEntity();
            e.setCoverOfficerId(a.coverOfficerId());
            e.setOfficer(o);
            e.setKind(a.kind());
            e.setDateFrom(a.from());
            e.setDateTo(a.to());
            e.setNote(a.note());
            o.getAbsences().add(e);
            em.persist(e);
            audit.record(caller, AuditAction.CREATE, "officer.absence", e.getId(), o.getDepartmentId());
            em.flush();
            return toDto(e);
        });
    }

    @Override
    public Absence endAbsence(Caller caller, long officerId, long absenceId, LocalDate lastDay) {
        audit.require(caller, Permission.ORG_WRITE, AuditAction.UPDATE, "officer.absence", absenceId);
        if (lastDay == null) {
            throw ValidationException.of("lastDay", "required");
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            OfficerEntity o = find(em, officerId);
            requireInScope(caller, o.getDepartmentId());
            AbsenceEntity a = o.getAbsences().stream().filter(x -> x.getId().equals(absenceId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("officer.absence", absenceId));
            if (lastDay.isBefore(a.getDateFrom())) {
                throw ValidationException.of("lastDay", "date.before", a.getDateFrom());
            }
            if (lastDay.isAfter(a.getDateTo())) {
                throw ValidationException.of("lastDay", "date.after", a.getDateTo());
            }
            a.setDateTo(lastDay);
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, "officer.absence", absenceId,
                    o.getDepartmentId(), "ends " + lastDay);
            em.flush();
            return toDto(a);
        });
    }

    @Override
    public boolean isAbsent(long officerId, LocalDate day) {
        return jpa.txExpr(TransactionType.Supports, em -> !em.createQuery(
                "SELECT a.id FROM AbsenceEntity a WHERE a.officer.id = :o AND a.dateFrom <= :d AND a.dateTo >= :d")
                .setParameter("o", officerId).setParameter("d", day).setMaxResults(1).getResultList().isEmpty());
    }

    private void requireInScope(Caller caller, Long departmentId) {
        String path = paths.pathOf(departmentId)
                .orElseThrow(() -> ValidationException.of("departmentId", "org.department.unknown", departmentId));
        if (!caller.scope().covers(path)) {
            throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, null, departmentId,
                    "departmentId outside data scope");
        }
    }

    private static void checkUnique(EntityManager em, Long id, Officer o) {
        javax.persistence.TypedQuery<OfficerEntity> q = o.login() == null
                ? em.createQuery("SELECT o FROM OfficerEntity o WHERE o.personnelNumber = :p", OfficerEntity.class)
                : em.createQuery("SELECT o FROM OfficerEntity o WHERE o.personnelNumber = :p OR o.login = :l",
                        OfficerEntity.class).setParameter("l", o.login());
        for (OfficerEntity other : q.setParameter("p", o.personnelNumber()).getResultList()) {
            if (!other.getId().equals(id)) {
                if (other.getPersonnelNumber().equals(o.personnelNumber())) {
                    throw new ConflictException("personnelNumber", "officer.personnel-number.taken");
                }
                throw new ConflictException("login", "officer.login.taken");
            }
        }
    }

    private static void validate(Officer o) {
        ValidationException.Collector errors = new ValidationException.Collector();
        if (o.personnelNumber() == null || !PERSONNEL_NUMBER.matcher(o.personnelNumber()).matches()) {
            errors.add("personnelNumber", "officer.personnel-number.format");
        }
        Checks.name(errors, "surname", o.surname(), true);
        Checks.name(errors, "name", o.name(), true);
        Checks.name(errors, "patronymic", o.patronymic(), false);
        Checks.maxLength(errors, "rank", o.rank(), 100);
        Checks.maxLength(errors, "position", o.position(), 200);
        if (o.departmentId() == null) {
            errors.add("departmentId", "required");
        }
        if (o.unitType() != null && !OrgServiceImpl.UNIT_ID.matcher(o.unitType()).matches()) {
            errors.add("unitType", "org.unit-type.format");
        }
        if (o.login() != null && !LOGIN.matcher(o.login()).matches()) {
            errors.add("login", "officer.login.format");
        }
        errors.throwIfAny();
    }

    private static void apply(OfficerEntity e, Officer o) {
        e.setPersonnelNumber(o.personnelNumber());
        e.setSurname(o.surname());
        e.setName(o.name());
        e.setPatronymic(o.patronymic());
        e.setRank(o.rank());
        e.setPosition(o.position());
        e.setDepartmentId(o.departmentId());
        e.setUnitType(o.unitType());
        e.setStatus(o.status() == null ? OfficerStatus.ACTIVE : o.status());
        e.setLogin(o.login());
    }

    private static OfficerEntity find(EntityManager em, long id) {
        OfficerEntity e = em.find(OfficerEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        return e;
    }

    private static Absence toDto(AbsenceEntity a) {
        return new Absence(a.getId(), a.getOfficer().getId(), a.getKind(), a.getDateFrom(), a.getDateTo(),
                a.getNote(), a.getCoverOfficerId());
    }

    static Officer toDto(OfficerEntity e) {
        return new Officer(e.getId(), e.getPersonnelNumber(), e.getSurname(), e.getName(), e.getPatronymic(),
                e.getRank(), e.getPosition(), e.getDepartmentId(), e.getUnitType(), e.getStatus(), e.getLogin(),
                e.getAbsences().stream().map(OfficerServiceImpl::toDto).toList(), e.getVersion());
    }
}
