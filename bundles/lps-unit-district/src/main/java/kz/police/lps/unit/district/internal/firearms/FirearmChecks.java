package kz.police.lps.unit.district.internal.firearms;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
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
import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.error.VersionMismatchException;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Address;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.DistrictSchema;
import kz.police.lps.unit.district.internal.precinct.Precincts;
import kz.police.lps.unit.district.internal.prevention.ActingOfficer;
import kz.police.lps.unit.district.internal.prevention.OccurrenceTasks;

/**
 * Checks of firearm owners (WF-12). Owners are checked at the storage address at least once a year by the inspector
 * of their precinct ({@link AnnualCheckObligation}) and whenever the weapons-control unit (АҚҚАБ) assigns a check
 * (a task too); checks during operational-preventive measures are recorded but do not count (BR-29, L541-548). After
 * a counted check the report on the Order 313 form is due within 5 working days of the check
 * ({@code district.weapon-owner.report-deadline}, counted by the core across weekends and holidays); when violations
 * of the storage rules were found, the check materials go with it and are required (BR-30, L551-558). Recording a
 * check completes the period's check task (or the assignment's), recording the report sent completes its task; each
 * write with its tasks and audit in one transaction.
 */
@Component(service = FirearmChecks.class)
public class FirearmChecks {

    public static final String OWNER_SUBJECT = "district.firearm-owner";
    public static final String CHECK_SUBJECT = "district.firearm-check";
    public static final String ASSIGNMENT_SUBJECT = "district.firearm-assignment";
    /** Task kind of the periodic check; subject ({@value #OWNER_SUBJECT}, id); origin key ends with the period. */
    public static final String ANNUAL_TASK = "district.weapon-owner.check";
    /** Task kind of an assigned check; subject ({@value #ASSIGNMENT_SUBJECT}, id). */
    public static final String ASSIGNED_TASK = "district.weapon-owner.assigned-check";
    /** Task kind of the Order 313 report; subject ({@value #CHECK_SUBJECT}, id). */
    public static final String REPORT_TASK = "district.weapon-owner.report";
    public static final String PERIODICITY_NORM = "district.weapon-owner.check-periodicity";
    public static final String REPORT_NORM = "district.weapon-owner.report-deadline";
    public static final String ASSIGNED_NORM = "district.weapon-owner.assigned-check-deadline";

    private final JpaTemplate jpa;
    private final DistrictAccess access;
    private final AuditService audit;
    private final PersonService persons;
    private final OrgService org;
    private final Precincts precincts;
    private final NormService norms;
    private final WorkingCalendar calendar;
    private final TaskService tasks;
    private final OccurrenceTasks occurrences;

    @Activate
    public FirearmChecks(@Reference(target = DistrictSchema.JPA) JpaTemplate jpa,
            @Reference(target = DistrictSchema.TARGET) SchemaReady schema, @Reference DistrictAccess access,
            @Reference AuditService audit, @Reference PersonService persons, @Reference OrgService org,
            @Reference Precincts precincts, @Reference NormService norms, @Reference WorkingCalendar calendar,
            @Reference TaskService tasks, @Reference OccurrenceTasks occurrences) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.persons = persons;
        this.org = org;
        this.precincts = precincts;
        this.norms = norms;
        this.calendar = calendar;
        this.tasks = tasks;
        this.occurrences = occurrences;
    }

    /** Records a firearm owner, in the precinct of the storage address. */
    public FirearmOwner register(Caller caller, NewFirearmOwner in) {
        access.requireWorker(caller, AuditAction.CREATE, OWNER_SUBJECT, null);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.personId() == null) {
            errors.add("personId", "required");
        }
        String permit = Checks.text(errors, "permitNumber", in.permitNumber(), 50, true);
        if (in.permitKind() == null) {
            errors.add("permitKind", "required");
        }
        String weapons = Checks.text(errors, "weapons", in.weapons(), 1000, true);
        Address given = in.storageAddress();
        if (given != null) {
            Checks.maxLength(errors, "storageAddress.region", given.region(), 200);
            Checks.maxLength(errors, "storageAddress.district", given.district(), 200);
            Checks.maxLength(errors, "storageAddress.settlement", given.settlement(), 200);
            Checks.maxLength(errors, "storageAddress.street", given.street(), 200);
            Checks.maxLength(errors, "storageAddress.house", given.house(), 20);
            Checks.maxLength(errors, "storageAddress.apartment", given.apartment(), 20);
        }
        errors.throwIfAny();
        Person person;
        try {
            person = persons.get(caller, in.personId());
        } catch (NotFoundException e) {
            throw ValidationException.of("personId", "person.unknown", in.personId());
        }
        Address storage = given != null ? given : person.actualAddress();
        Long precinctId = in.precinctId() != null ? in.precinctId()
                : (storage == null ? java.util.Optional.<OrgUnit>empty() : org.resolvePrecinct(caller, storage))
                        .map(OrgUnit::id).orElse(person.precinctId());
        if (precinctId == null) {
            throw ValidationException.of("precinctId", "district.firearm.precinct.unresolved");
        }
        requirePrecinct(caller, precinctId);
        String path = access.departmentPath(caller, "precinctId", precinctId, AuditAction.CREATE, OWNER_SUBJECT,
                null);
        LocalDate today = today();
        return jpa.txExpr(TransactionType.Required, em -> {
            // a permit is unique among the open records; a closed owner may be registered again under it
            long taken = em.createQuery("SELECT COUNT(e) FROM FirearmOwnerEntity e WHERE e.permitNumber = :p "
                    + "AND e.closedOn IS NULL", Long.class).setParameter("p", permit).getSingleResult();
            if (taken > 0) {
                throw new ConflictException("permitNumber", "district.firearm.permit.taken");
            }
            FirearmOwnerEntity e = new FirearmOwnerEntity();
            e.setPersonId(person.id());
            e.setPermitNumber(permit);
            e.setPermitKind(in.permitKind());
            e.setWeapons(weapons);
            if (storage != null) {
                e.setStorageRegion(storage.region());
                e.setStorageDistrict(storage.district());
                e.setStorageSettlement(storage.settlement());
                e.setStorageStreet(storage.street());
                e.setStorageHouse(storage.house());
                e.setStorageApartment(storage.apartment());
            }
            e.setPrecinctId(precinctId);
            e.setRegisteredOn(today);
            e.setDepartmentId(precinctId);
            e.setDepartmentPath(path);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            em.flush();
            audit.record(caller, AuditAction.CREATE, OWNER_SUBJECT, e.getId(), precinctId);
            return toDto(e, null, today);
        });
    }

    /** The owners in the caller's scope (of one precinct when given), the next check due first. */
    public Page<FirearmOwner> list(Caller caller, Long precinctId, boolean overdueOnly, PageRequest page) {
        access.requireReader(caller, OWNER_SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        LocalDate today = today();
        ReportingPeriod.Kind kind = NextCheckDue.kind(norms);
        NextCheckDue.refresh(jpa, kind);
        // closed owners have no next check: last (NULLS LAST), as their DTO's nextCheckDue is null
        return jpa.txExpr(TransactionType.Required, em -> {
            String where = " FROM FirearmOwnerEntity e WHERE e.departmentPath LIKE :scope"
                    + (precinctId == null ? "" : " AND e.precinctId = :precinct")
                    + (overdueOnly ? " AND e.closedOn IS NULL AND e.nextCheckDue < :today" : "");
            javax.persistence.TypedQuery<FirearmOwnerEntity> q = em.createQuery("SELECT e" + where
                    + " ORDER BY e.nextCheckDue ASC NULLS LAST, e.id", FirearmOwnerEntity.class)
                    .setFirstResult(page.offset()).setMaxResults(page.limit());
            javax.persistence.TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
            for (javax.persistence.TypedQuery<?> t : List.of(q, count)) {
                t.setParameter("scope", scope + "%");
                if (precinctId != null) {
                    t.setParameter("precinct", precinctId);
                }
                if (overdueOnly) {
                    t.setParameter("today", today);
                }
            }
            List<FirearmOwnerEntity> window = q.getResultList();
            long total = count.getSingleResult();
            Map<Long, LocalDate> last = lastCountedChecks(em, window.stream().map(FirearmOwnerEntity::getId)
                    .toList());
            List<FirearmOwner> items = window.stream().map(e -> toDto(e, last.get(e.getId()), today, kind))
                    .toList();
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, OWNER_SUBJECT, null, precinctId,
                    "list" + (overdueOnly ? " overdue" : "") + " -> " + total + ", ids "
                            + items.stream().map(FirearmOwner::id).toList());
            return new Page<>(items, total, page.limit(), page.offset());
        });
    }

    /** An owner with the checks and assignments (audited). */
    public OwnerFile file(Caller caller, long ownerId) {
        access.requireReader(caller, OWNER_SUBJECT, ownerId);
        return jpa.txExpr(TransactionType.Required, em -> {
            FirearmOwnerEntity e = findOwner(em, caller, ownerId, AuditAction.READ);
            OwnerFile f = file(em, e);
            audit.record(caller, AuditAction.READ, OWNER_SUBJECT, ownerId, e.getDepartmentId());
            return f;
        });
    }

    /** One check (audited). */
    public FirearmCheck check(Caller caller, long checkId) {
        access.requireReader(caller, CHECK_SUBJECT, checkId);
        return jpa.txExpr(TransactionType.Required, em -> {
            FirearmCheckEntity c = findCheck(em, caller, checkId, AuditAction.READ);
            audit.record(caller, AuditAction.READ, CHECK_SUBJECT, checkId, c.getDepartmentId());
            return toDto(c);
        });
    }

    /** An assignment of a check by the weapons-control unit: a task for the inspector of the owner's precinct. */
    public CheckAssignment assign(Caller caller, long ownerId, NewCheckAssignment in) {
        access.requireWorker(caller, AuditAction.CREATE, ASSIGNMENT_SUBJECT, null);
        LocalDate today = today();
        LocalDate assignedOn = in.assignedOn() != null ? in.assignedOn() : today;
        ValidationException.Collector errors = new ValidationException.Collector();
        String assignedBy = Checks.text(errors, "assignedBy", in.assignedBy(), 200, true);
        String note = Checks.text(errors, "note", in.note(), 1000, false);
        if (assignedOn.isAfter(today)) {
            errors.add("assignedOn", "date.future");
        }
        if (in.deadline() != null && in.deadline().isBefore(assignedOn)) {
            errors.add("deadline", "date.before", assignedOn);
        }
        errors.throwIfAny();
        FirearmOwnerEntity owner = jpa.txExpr(TransactionType.Supports,
                em -> openOwner(em, caller, ownerId, AuditAction.CREATE));
        Long inspector = precincts.inspectorOf(owner.getPrecinctId()).orElse(null);
        return jpa.txExpr(TransactionType.Required, em -> {
            CheckAssignmentEntity e = new CheckAssignmentEntity();
            e.setOwnerId(ownerId);
            e.setAssignedBy(assignedBy);
            e.setAssignedOn(assignedOn);
            e.setDeadline(in.deadline());
            e.setNote(note);
            e.setDepartmentId(owner.getDepartmentId());
            e.setDepartmentPath(owner.getDepartmentPath());
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            String title = "Қару иесін АҚҚАБ тапсырмасы бойынша тексеру / проверка владельца оружия по поручению";
            NewTask task = in.deadline() != null
                    ? NewTask.dueAt(DistrictAccess.UNIT, ASSIGNED_TASK, title, ASSIGNMENT_SUBJECT, e.getId(),
                            owner.getDepartmentId(), inspector, calendar.endOf(in.deadline()))
                    : NewTask.byNorm(DistrictAccess.UNIT, ASSIGNED_TASK, title, ASSIGNMENT_SUBJECT, e.getId(),
                            owner.getDepartmentId(), inspector, ASSIGNED_NORM, startOf(assignedOn));
            e.setTaskId(occurrences.create(caller, task).id());
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, ASSIGNMENT_SUBJECT, e.getId(),
                    e.getDepartmentId(), "owner " + ownerId + " assigned by " + assignedBy);
            return toDto(e);
        });
    }

    /**
     * Records a check. A counted one (not during operational-preventive measures) completes the periodic check's
     * task, or the assignment's, and opens the task for the Order 313 report, due 5 working days after the check.
     */
    public FirearmCheck recordCheck(Caller caller, long ownerId, NewFirearmCheck in) {
        access.requireWorker(caller, AuditAction.CREATE, CHECK_SUBJECT, null);
        LocalDate today = today();
        LocalDate checkedOn = in.checkedOn() != null ? in.checkedOn() : today;
        boolean operational = Boolean.TRUE.equals(in.duringOperationalMeasures());
        ValidationException.Collector errors = new ValidationException.Collector();
        if (checkedOn.isAfter(today)) {
            errors.add("checkedOn", "date.future");
        }
        if (in.trigger() == null) {
            errors.add("trigger", "required");
        } else if (in.trigger() == CheckTrigger.ASSIGNED && in.assignmentId() == null) {
            errors.add("assignmentId", "required");
        } else if (in.trigger() == CheckTrigger.ANNUAL && in.assignmentId() != null) {
            errors.add("assignmentId", "district.firearm.assignment.annual");
        }
        if (operational && in.trigger() == CheckTrigger.ASSIGNED) {
            errors.add("duringOperationalMeasures", "district.firearm.check.operational-assigned");
        }
        boolean violationsFound = Boolean.TRUE.equals(in.violationsFound());
        if (in.violationsFound() == null) {
            errors.add("violationsFound", "required");
        }
        // BR-30 (L556-558): violations found → described, and the check materials attached
        String violations = Checks.text(errors, "violations", in.violations(), 2000, violationsFound);
        String materials = Checks.text(errors, "materials", in.materials(), 1000, violationsFound);
        errors.throwIfAny();
        Long officerId = ActingOfficer.of(access, caller, in.officerId(), AuditAction.CREATE, CHECK_SUBJECT);
        return jpa.txExpr(TransactionType.Required, em -> {
            FirearmOwnerEntity owner = openOwner(em, caller, ownerId, AuditAction.CREATE);
            CheckAssignmentEntity assignment = null;
            if (in.assignmentId() != null) {
                assignment = em.find(CheckAssignmentEntity.class, in.assignmentId());
                if (assignment == null || !assignment.getOwnerId().equals(ownerId)
                        || assignment.getCheckId() != null) {
                    throw ValidationException.of("assignmentId", "district.firearm.assignment.unknown",
                            in.assignmentId());
                }
                if (checkedOn.isBefore(assignment.getAssignedOn())) {
                    throw ValidationException.of("checkedOn", "date.before", assignment.getAssignedOn());
                }
            }
            FirearmCheckEntity c = new FirearmCheckEntity();
            c.setOwnerId(ownerId);
            c.setPersonId(owner.getPersonId());
            c.setCheckedOn(checkedOn);
            c.setTriggerKind(in.trigger());
            c.setAssignmentId(in.assignmentId());
            c.setOperationalMeasure(operational);
            c.setViolationsFound(violationsFound);
            c.setViolations(violations);
            c.setMaterials(materials);
            c.setOfficerId(officerId);
            c.setDepartmentId(owner.getDepartmentId());
            c.setDepartmentPath(owner.getDepartmentPath());
            c.setCreatedBy(caller.username());
            c.setCreatedAt(Instant.now());
            em.persist(c);
            if (!operational) {
                NextCheckDue.recount(em, ownerId, owner.getRegisteredOn(), NextCheckDue.kind(norms));
                String outcome = "check " + c.getId() + " on " + checkedOn;
                occurrences.complete(caller, ANNUAL_TASK, OWNER_SUBJECT, ownerId,
                        period -> AnnualCheckRule.fulfils(ReportingPeriod.parse(period), checkedOn), outcome);
                if (assignment != null) {
                    assignment.setCheckId(c.getId());
                    tasks.completeAll(caller, ASSIGNED_TASK, ASSIGNMENT_SUBJECT, String.valueOf(assignment.getId()),
                            outcome);
                }
                Task report = occurrences.create(caller, NewTask.byNorm(DistrictAccess.UNIT, REPORT_TASK,
                        "Қару иесін тексеру нәтижесі бойынша баянат (№313 бұйрық нысаны) / рапорт по результатам "
                                + "проверки владельца оружия (форма приказа № 313)", CHECK_SUBJECT, c.getId(),
                        owner.getDepartmentId(), officerId, REPORT_NORM, startOf(checkedOn)));
                c.setReportTaskId(report.id());
                c.setReportDueAt(report.dueAt());
            }
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, CHECK_SUBJECT, c.getId(),
                    c.getDepartmentId(), "owner " + ownerId + ", " + in.trigger() + (operational ? ", operational" : "")
                            + (violationsFound ? ", violations" : ""));
            return toDto(c);
        });
    }

    /** Records the Order 313 report as sent and completes its task (BR-30). */
    public FirearmCheck report(Caller caller, long checkId, Long expectedVersion, FirearmReport in) {
        access.requireWorker(caller, AuditAction.UPDATE, CHECK_SUBJECT, checkId);
        LocalDate today = today();
        LocalDate sentOn = in.sentOn() != null ? in.sentOn() : today;
        ValidationException.Collector errors = new ValidationException.Collector();
        String recipient = Checks.text(errors, "recipient", in.recipient(), 200, true);
        String number = Checks.text(errors, "number", in.number(), 50, false);
        if (sentOn.isAfter(today)) {
            errors.add("sentOn", "date.future");
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            FirearmCheckEntity c = findCheck(em, caller, checkId, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, c.getVersion());
            if (c.isOperationalMeasure()) {
                throw new ConflictException("duringOperationalMeasures", "district.firearm.report.not-required");
            }
            if (c.getReportSentOn() != null) {
                throw new ConflictException("sentOn", "district.firearm.report.done");
            }
            if (sentOn.isBefore(c.getCheckedOn())) {
                throw ValidationException.of("sentOn", "date.before", c.getCheckedOn());
            }
            if (c.isViolationsFound() && c.getMaterials() == null) {
                throw ValidationException.of("materials", "required"); // BR-30: materials go with the report
            }
            c.setReportSentOn(sentOn);
            c.setReportRecipient(recipient);
            c.setReportNumber(number);
            c.setReportedBy(caller.username());
            tasks.completeAll(caller, REPORT_TASK, CHECK_SUBJECT, String.valueOf(checkId),
                    "рапорт / баянат " + (number == null ? "" : "№ " + number + " ") + "→ " + recipient);
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, CHECK_SUBJECT, checkId,
                    c.getDepartmentId(), "report sent on " + sentOn + " to " + recipient);
            em.flush();
            return toDto(c);
        });
    }

    /**
     * Closes an owner record (the permit ended, the weapons were handed in, ...): no more periodic checks; the open
     * check tasks and assigned checks of the owner are cancelled with the reason. Only a head or the inspector of the
     * owner's precinct closes it.
     */
    public FirearmOwner close(Caller caller, long ownerId, Long expectedVersion, OwnerClosure in) {
        access.requireWorker(caller, AuditAction.UPDATE, OWNER_SUBJECT, ownerId);
        LocalDate today = today();
        LocalDate closedOn = in.closedOn() != null ? in.closedOn() : today;
        ValidationException.Collector errors = new ValidationException.Collector();
        String reason = Checks.text(errors, "reason", in.reason(), 500, true);
        if (closedOn.isAfter(today)) {
            errors.add("closedOn", "date.future");
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            FirearmOwnerEntity e = findOwner(em, caller, ownerId, AuditAction.UPDATE);
            requireHeadOrInspector(caller, e, AuditAction.UPDATE);
            VersionMismatchException.check(expectedVersion, e.getVersion());
            if (e.getClosedOn() != null) {
                throw new ConflictException("closedOn", "district.firearm.owner.closed", e.getClosedOn());
            }
            if (closedOn.isBefore(e.getRegisteredOn())) {
                throw ValidationException.of("closedOn", "date.before", e.getRegisteredOn());
            }
            List<Long> open = em.createQuery("SELECT a.id FROM CheckAssignmentEntity a WHERE a.ownerId = :o "
                    + "AND a.checkId IS NULL", Long.class).setParameter("o", ownerId).getResultList();
            e.setClosedOn(closedOn);
            e.setClosedReason(reason);
            e.clearNextCheckDue();
            String why = "owner record closed: " + reason;
            occurrences.cancel(ANNUAL_TASK, OWNER_SUBJECT, ownerId, why);
            open.forEach(a -> occurrences.cancel(ASSIGNED_TASK, ASSIGNMENT_SUBJECT, a, why));
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, OWNER_SUBJECT, ownerId,
                    e.getDepartmentId(), "closed on " + closedOn + ": " + reason);
            em.flush();
            return toDto(e, lastCountedChecks(em, List.of(ownerId)).get(ownerId), today);
        });
    }

    /** The person's owner records in the caller's scope with their checks (the card). */
    public List<OwnerFile> ofPerson(Caller caller, long personId) {
        access.requireReader(caller, OWNER_SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<OwnerFile> files = em.createQuery("SELECT e FROM FirearmOwnerEntity e WHERE e.personId = :p "
                    + "AND e.departmentPath LIKE :scope ORDER BY e.id DESC", FirearmOwnerEntity.class)
                    .setParameter("p", personId).setParameter("scope", scope + "%").getResultList().stream()
                    .map(e -> file(em, e)).toList();
            if (!files.isEmpty()) {
                audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, OWNER_SUBJECT, null, null,
                        "firearm owner records of person " + personId);
            }
            return files;
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private LocalDate today() {
        return LocalDate.now(calendar.zone());
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(calendar.zone()).toInstant();
    }

    private void requirePrecinct(Caller caller, long precinctId) {
        OrgUnit u;
        try {
            u = org.get(caller, precinctId);
        } catch (NotFoundException e) {
            throw ValidationException.of("precinctId", "district.firearm.precinct.unknown", precinctId);
        }
        if (u.kind() != OrgUnitKind.PRECINCT || !DistrictAccess.UNIT.equals(u.unitType())) {
            throw ValidationException.of("precinctId", "district.firearm.precinct.unknown", precinctId);
        }
    }

    private FirearmOwnerEntity findOwner(EntityManager em, Caller caller, long id, AuditAction action) {
        FirearmOwnerEntity e = em.find(FirearmOwnerEntity.class, id);
        if (e == null) {
            throw new NotFoundException(OWNER_SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, OWNER_SUBJECT, id);
        return e;
    }

    private FirearmCheckEntity findCheck(EntityManager em, Caller caller, long id, AuditAction action) {
        FirearmCheckEntity c = em.find(FirearmCheckEntity.class, id);
        if (c == null) {
            throw new NotFoundException(CHECK_SUBJECT, id);
        }
        access.requireInScope(caller, c.getDepartmentPath(), c.getDepartmentId(), action, CHECK_SUBJECT, id);
        return c;
    }

    /** 403 (audited) unless the caller is a head or the inspector of the owner's precinct. */
    private void requireHeadOrInspector(Caller caller, FirearmOwnerEntity e, AuditAction action) {
        if (access.isHead(caller)) {
            return;
        }
        Long own = access.officerIdOf(caller).orElse(null);
        if (own == null || !own.equals(precincts.inspectorOf(e.getPrecinctId()).orElse(null))) {
            throw audit.denied(caller, action, OWNER_SUBJECT, e.getId(), e.getDepartmentId(),
                    "neither a head nor the inspector of precinct " + e.getPrecinctId());
        }
    }

    private FirearmOwnerEntity openOwner(EntityManager em, Caller caller, long id, AuditAction action) {
        FirearmOwnerEntity e = findOwner(em, caller, id, action);
        if (e.getClosedOn() != null) {
            throw new ConflictException("closedOn", "district.firearm.owner.closed", e.getClosedOn());
        }
        return e;
    }

    private OwnerFile file(EntityManager em, FirearmOwnerEntity e) {
        List<FirearmCheck> checks = em.createQuery("SELECT c FROM FirearmCheckEntity c WHERE c.ownerId = :o "
                + "ORDER BY c.checkedOn DESC, c.id DESC", FirearmCheckEntity.class).setParameter("o", e.getId())
                .getResultList().stream().map(FirearmChecks::toDto).toList();
        List<CheckAssignment> assignments = em.createQuery("SELECT a FROM CheckAssignmentEntity a "
                + "WHERE a.ownerId = :o ORDER BY a.assignedOn DESC, a.id DESC", CheckAssignmentEntity.class)
                .setParameter("o", e.getId()).getResultList().stream().map(FirearmChecks::toDto).toList();
        LocalDate last = checks.stream().filter(c -> !c.duringOperationalMeasures()).map(FirearmCheck::checkedOn)
                .max(LocalDate::compareTo).orElse(null);
        return new OwnerFile(toDto(e, last, today()), checks, assignments);
    }

    /** The latest counted check per owner. */
    static Map<Long, LocalDate> lastCountedChecks(EntityManager em, List<Long> ownerIds) {
        Map<Long, LocalDate> last = new HashMap<>();
        for (int i = 0; i < ownerIds.size(); i += NextCheckDue.BATCH) {
            em.createQuery("SELECT c.ownerId, MAX(c.checkedOn) FROM FirearmCheckEntity c WHERE c.ownerId IN :ids "
                    + "AND c.operationalMeasure = :no GROUP BY c.ownerId", Object[].class).setParameter("no", false)
                    .setParameter("ids", ownerIds.subList(i, Math.min(i + NextCheckDue.BATCH, ownerIds.size())))
                    .getResultList()
                    .forEach(row -> last.put(((Number) row[0]).longValue(), (LocalDate) row[1]));
        }
        return last;
    }

    private FirearmOwner toDto(FirearmOwnerEntity e, LocalDate lastCounted, LocalDate today) {
        return toDto(e, lastCounted, today, NextCheckDue.kind(norms));
    }

    /** The owner with the state of the periodic check in periods of this kind (the norm's, the same everywhere). */
    private static FirearmOwner toDto(FirearmOwnerEntity e, LocalDate lastCounted, LocalDate today,
            ReportingPeriod.Kind period) {
        Address storage = e.getStorageSettlement() == null && e.getStorageStreet() == null ? null
                : new Address(e.getStorageRegion(), e.getStorageDistrict(), e.getStorageSettlement(),
                        e.getStorageStreet(), e.getStorageHouse(), e.getStorageApartment());
        boolean open = e.getClosedOn() == null;
        return new FirearmOwner(e.getId(), e.getPersonId(), e.getPermitNumber(), e.getPermitKind(), e.getWeapons(),
                storage, e.getPrecinctId(), e.getRegisteredOn(), e.getDepartmentId(), lastCounted,
                open ? AnnualCheckRule.nextDue(period, e.getRegisteredOn(), lastCounted) : null,
                open && AnnualCheckRule.overdue(period, e.getRegisteredOn(), lastCounted, today), e.getClosedOn(),
                e.getClosedReason(), e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }

    static CheckAssignment toDto(CheckAssignmentEntity e) {
        return new CheckAssignment(e.getId(), e.getOwnerId(), e.getAssignedBy(), e.getAssignedOn(), e.getDeadline(),
                e.getNote(), e.getTaskId(), e.getCheckId(), e.getCreatedBy(), e.getCreatedAt());
    }

    static FirearmCheck toDto(FirearmCheckEntity c) {
        return new FirearmCheck(c.getId(), c.getOwnerId(), c.getPersonId(), c.getCheckedOn(), c.getTriggerKind(),
                c.getAssignmentId(), c.isOperationalMeasure(), c.isViolationsFound(), c.getViolations(),
                c.getMaterials(), c.getOfficerId(), c.getReportTaskId(), c.getReportDueAt(), c.getReportSentOn(),
                c.getReportRecipient(), c.getReportNumber(), c.getReportedBy(), c.getCreatedBy(), c.getCreatedAt(),
                c.getVersion());
    }
}
