package kz.police.lps.unit.juvenile.internal.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.error.VersionMismatchException;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.numbering.SerialNumbers;
import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OrgService;
import kz.police.lps.core.api.org.OrgUnit;
import kz.police.lps.core.api.org.OrgUnitKind;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.person.PersonRelation;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.person.RelationKind;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Task;
import kz.police.lps.core.api.task.TaskService;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.delivery.DeliverySteps.ChecksInput;
import kz.police.lps.unit.juvenile.internal.delivery.DeliverySteps.NoticeInput;
import kz.police.lps.unit.juvenile.internal.delivery.DeliverySteps.OutcomeInput;
import kz.police.lps.unit.juvenile.internal.delivery.DeliverySteps.QuestioningInput;
import kz.police.lps.unit.juvenile.internal.placement.AgeRule;
import kz.police.lps.unit.juvenile.internal.placement.NewPlacement;
import kz.police.lps.unit.juvenile.internal.placement.PlacementEntity;
import kz.police.lps.unit.juvenile.internal.placement.Placements;
import kz.police.lps.unit.juvenile.internal.raid.RaidEntity;

/**
 * The journal of minors delivered to the IAB (ІІО-ға жеткізілген кәмелетке толмағандарды есепке алу журналы, WF-J7,
 * domain 4.9): every delivered minor registered with identity, parents or legal representatives, upbringing
 * conditions and the causes and conditions of the offence or incident (BR-J21, L1265-1274), numbered per department
 * and year (series {@value #SERIES}); questioned only with a parent or legal representative present (BR-J22,
 * L1279-1280); checked against the records, referred for a medical examination or to a health organisation (BR-J23,
 * L1282-1292); handed over, or placed in the adaptation centre when that is impossible (BR-J24, L1294-1298). A minor
 * living outside the service area makes a task to notify the IAB at the place of residence within the norm
 * {@value #NOTICE_NORM} (3 working days, BR-J28, L1336-1344); recording the notice's outgoing number writes it into
 * the journal and completes the task.
 */
@Component(service = Deliveries.class)
public class Deliveries {

    public static final String SUBJECT = "juvenile.delivery";
    public static final String SERIES = "juvenile.delivery";
    public static final String NOTICE_NORM = "juvenile.delivery.residence-notice-deadline";
    public static final String NOTICE_TASK = "juvenile.residence-notice";

    private static final Caller SYSTEM = Caller.system(JuvenileAccess.UNIT);
    private static final int MAX_REPRESENTATIVES = 10;

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final TaskService tasks;
    private final WorkingCalendar calendar;
    private final PersonService persons;
    private final OrgService org;
    private final SerialNumbers numbers;
    private final NormService norms;
    private final Placements placements;

    @Activate
    public Deliveries(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference TaskService tasks, @Reference WorkingCalendar calendar,
            @Reference PersonService persons, @Reference OrgService org, @Reference SerialNumbers numbers,
            @Reference NormService norms, @Reference Placements placements) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.tasks = tasks;
        this.calendar = calendar;
        this.persons = persons;
        this.org = org;
        this.numbers = numbers;
        this.norms = norms;
        this.placements = placements;
    }

    // ------------------------------------------------------------------------------------------------------------
    // registration (WF-J7 steps 1-3)

    public Delivery create(Caller caller, NewDelivery in) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in.personId() == null) {
            errors.add("personId", "required");
        }
        if (in.ground() == null) {
            errors.add("ground", "required");
        }
        String deliveredTo = Checks.text(errors, "deliveredTo", in.deliveredTo(), 300, false);
        String groundDetails = Checks.text(errors, "groundDetails", in.groundDetails(), 2000, false);
        String place = Checks.text(errors, "place", in.place(), 500, false);
        String upbringing = Checks.text(errors, "upbringingConditions", in.upbringingConditions(), 4000, true);
        String causes = Checks.text(errors, "causesAndConditions", in.causesAndConditions(), 4000, true);
        String involving = Checks.text(errors, "involvingPersons", in.involvingPersons(), 4000, false);
        String sale = Checks.text(errors, "prohibitedSalePlaces", in.prohibitedSalePlaces(), 4000, false);
        String residenceUnit = Checks.text(errors, "residenceUnit", in.residenceUnit(), 300, false);
        Instant deliveredAt = in.deliveredAt() != null ? in.deliveredAt() : Instant.now();
        if (deliveredAt.isAfter(Instant.now().plusSeconds(60))) {
            errors.add("deliveredAt", "date.future");
        }
        List<Long> reps = in.representativeIds() == null ? List.of()
                : new ArrayList<>(new LinkedHashSet<>(in.representativeIds()));
        if (reps.contains(null)) {
            errors.add("representativeIds", "required");
        } else if (reps.size() > MAX_REPRESENTATIVES) {
            errors.add("representativeIds", "juvenile.delivery.representatives.max", MAX_REPRESENTATIVES);
        } else if (in.personId() != null && reps.contains(in.personId())) {
            errors.add("representativeIds", "juvenile.delivery.representative.self");
        }
        errors.throwIfAny();
        Officer officer = access.actingFor(caller, "officerId", in.officerId(), AuditAction.CREATE, SUBJECT);
        long departmentId = officer.departmentId();
        String path = access.departmentPath(caller, "officerId", departmentId, AuditAction.CREATE, SUBJECT, null);
        Person minor = person(caller, "personId", in.personId());
        LocalDate day = deliveredAt.atZone(calendar.zone()).toLocalDate();
        requireMinor(minor, day, departmentId);
        for (Long rep : reps) {
            person(caller, "representativeIds", rep);
        }
        Optional<AreaBasis> outside = outside(in.residesOutsideArea(), minor, departmentId);
        String code = org.get(SYSTEM, departmentId).code();
        int year = day.getYear();
        numbers.prepare(SERIES, departmentId, year);
        return jpa.txExpr(TransactionType.Required, em -> {
            if (in.raidId() != null) {
                RaidEntity raid = em.find(RaidEntity.class, in.raidId());
                if (raid == null) {
                    throw ValidationException.of("raidId", "juvenile.delivery.raid.unknown", in.raidId());
                }
                access.requireInScope(caller, raid.getDepartmentPath(), raid.getDepartmentId(), AuditAction.CREATE,
                        SUBJECT, null);
            }
            long serial = numbers.next(SERIES, departmentId, year);
            DeliveryEntity e = new DeliveryEntity();
            e.setDepartmentId(departmentId);
            e.setDepartmentPath(path);
            e.setOfficerId(officer.id());
            e.setPersonId(minor.id());
            e.setJournalYear(year);
            e.setJournalSerial(serial);
            e.setJournalNumber(String.format("%s-JD-%d-%05d", code, year, serial));
            e.setDeliveredAt(deliveredAt);
            e.setDeliveredTo(deliveredTo);
            e.setGround(in.ground());
            e.setGroundDetails(groundDetails);
            e.setPlace(place);
            e.setRepresentativeIds(reps.isEmpty() ? null
                    : reps.stream().map(String::valueOf).collect(Collectors.joining(",")));
            e.setUpbringingConditions(upbringing);
            e.setCausesAndConditions(causes);
            e.setInvolvingPersons(involving);
            e.setProhibitedSalePlaces(sale);
            e.setRaidId(in.raidId());
            e.setStatus(DeliveryStatus.DELIVERED);
            e.setOutOfArea(outside.isPresent());
            e.setOutOfAreaBasis(outside.orElse(null));
            e.setResidenceUnit(residenceUnit);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e); // the sequence gives the id now: the notice task names it
            if (outside.isPresent()) {
                Task task = tasks.create(caller, NewTask.byNorm(JuvenileAccess.UNIT, NOTICE_TASK,
                        e.getJournalNumber() + ": тұрғылықты жері бойынша ІІО-ға ақпарат жіберу / информировать ОВД"
                                + " по месту жительства несовершеннолетнего",
                        SUBJECT, e.getId(), departmentId, officer.id(), NOTICE_NORM, deliveredAt));
                e.setNoticeTaskId(task.id());
                e.setNoticeDueAt(task.dueAt());
            }
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), departmentId,
                    e.getJournalNumber() + " " + e.getGround() + " person " + minor.id()
                            + (outside.isPresent() ? " out of area (" + outside.get() + "), notice due "
                                    + e.getNoticeDueAt() : ""));
            return toDto(e);
        });
    }

    /** A core person under the age of majority on the delivery day: 422 naming {@code personId} otherwise. */
    private void requireMinor(Person p, LocalDate day, long departmentId) {
        if (p.birthDate() == null) {
            throw ValidationException.of("personId", "juvenile.delivery.birth-date.unknown", p.id());
        }
        int majority = norms.intValue(Placements.MAJORITY_NORM, departmentId);
        int age = AgeRule.age(p.birthDate(), day);
        if (age >= majority) {
            throw ValidationException.of("personId", "juvenile.delivery.not-minor", age, majority, p.birthDate());
        }
    }

    /**
     * Whether the minor lives outside the delivering unit's service area (BR-J28): the inspector's flag when given;
     * otherwise the precinct the minor's actual address resolves to, compared with the city/district body the
     * delivering department belongs to (no precinct known: inside).
     */
    private Optional<AreaBasis> outside(Boolean flag, Person minor, long departmentId) {
        if (flag != null) {
            return flag ? Optional.of(AreaBasis.FLAG) : Optional.empty();
        }
        if (minor.precinctId() == null) {
            return Optional.empty();
        }
        Optional<String> precinct = org.pathOf(minor.precinctId());
        Optional<String> body = org.ancestry(SYSTEM, departmentId).stream()
                .filter(u -> u.kind() == OrgUnitKind.DISTRICT_BODY).map(OrgUnit::path).findFirst();
        if (precinct.isEmpty() || body.isEmpty()) {
            return Optional.empty();
        }
        return precinct.get().startsWith(body.get()) ? Optional.empty() : Optional.of(AreaBasis.PRECINCT);
    }

    // ------------------------------------------------------------------------------------------------------------
    // questioning, checks, outcome, notice (WF-J7 steps 4-9)

    /** Records the questioning; without a parent or legal representative present nothing is written (BR-J22). */
    public Delivery question(Caller caller, long id, Long expectedVersion, QuestioningInput in) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        ValidationException.Collector errors = new ValidationException.Collector();
        if (in == null || in.representativeId() == null) {
            // N-J31, L1279-1280: the questioning is held in the presence of the parents or legal representatives
            throw ValidationException.of("representativeId", "juvenile.delivery.questioning.representative");
        }
        String summary = Checks.text(errors, "summary", in.summary(), 4000, false);
        errors.throwIfAny();
        long minorId = jpa.txExpr(TransactionType.Supports, em -> find(em, caller, id, AuditAction.UPDATE)
                .getPersonId());
        if (in.representativeId() == minorId) {
            throw ValidationException.of("representativeId", "juvenile.delivery.representative.self");
        }
        person(caller, "representativeId", in.representativeId());
        Optional<RepresentativeCapacity> related = relation(caller, minorId, in.representativeId());
        if (related.isPresent() && in.capacity() != null && in.capacity() != related.get()) {
            throw ValidationException.of("capacity", "juvenile.delivery.capacity.relations", related.get());
        }
        if (related.isEmpty() && in.capacity() == null) {
            throw ValidationException.of("capacity", "juvenile.delivery.capacity.required");
        }
        RepresentativeCapacity capacity = related.orElse(in.capacity());
        return jpa.txExpr(TransactionType.Required, em -> {
            DeliveryEntity e = writable(em, caller, id, expectedVersion);
            move(e, DeliveryStatus.DELIVERED, DeliveryStatus.QUESTIONED);
            e.setStatus(DeliveryStatus.QUESTIONED);
            e.setQuestionedAt(Instant.now());
            e.setRepresentativeId(in.representativeId());
            e.setRepresentativeCapacity(capacity);
            e.setRepresentativeVerified(related.isPresent());
            e.setQuestioningSummary(summary);
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "questioned with " + capacity + " " + in.representativeId()
                            + (related.isPresent() ? " (core relation)" : " (as stated)"));
            return toDto(e);
        });
    }

    /** The representative's capacity as the core's relations record it ("person is PARENT/GUARDIAN of the minor"). */
    private Optional<RepresentativeCapacity> relation(Caller caller, long minorId, long representativeId) {
        for (PersonRelation r : persons.relations(caller, minorId)) {
            boolean between = r.personId() == representativeId && r.relatedPersonId() == minorId;
            boolean current = r.until() == null || !r.until().isBefore(LocalDate.now(calendar.zone()));
            if (between && current && r.kind() == RelationKind.PARENT) {
                return Optional.of(RepresentativeCapacity.PARENT);
            }
            if (between && current && r.kind() == RelationKind.GUARDIAN) {
                return Optional.of(RepresentativeCapacity.GUARDIAN);
            }
        }
        return Optional.empty();
    }

    /** Records the checks and referrals (US-J28, BR-J23). */
    public Delivery check(Caller caller, long id, Long expectedVersion, ChecksInput in) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        ValidationException.Collector errors = new ValidationException.Collector();
        String records = Checks.text(errors, "recordsCheckResult", in.recordsCheckResult(), 2000, true);
        String psych = Checks.text(errors, "psychiatricCheckResult", in.psychiatricCheckResult(), 2000, false);
        String medical = Checks.text(errors, "medicalReferralTo", in.medicalReferralTo(), 300, false);
        String health = Checks.text(errors, "healthReferralTo", in.healthReferralTo(), 300,
                Boolean.TRUE.equals(in.injuryOrIllness()));
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            DeliveryEntity e = writable(em, caller, id, expectedVersion);
            boolean intoxication = in.intoxicationSuspected() != null ? in.intoxicationSuspected()
                    : e.getGround() == DeliveryGround.INTOXICATION_IN_PUBLIC;
            if (intoxication && medical == null) {
                // BR-J23, L1286-1288: grounds to suspect intoxication → medical examination
                throw ValidationException.of("medicalReferralTo", "juvenile.delivery.referral.medical");
            }
            move(e, DeliveryStatus.QUESTIONED, DeliveryStatus.CHECKED, DeliveryStatus.DELIVERED);
            e.setStatus(DeliveryStatus.CHECKED);
            e.setCheckedAt(Instant.now());
            e.setRecordsCheckResult(records);
            e.setPsychiatricCheckResult(psych);
            e.setMedicalReferralTo(medical);
            e.setHealthReferralTo(health);
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "checked" + (medical != null ? ", medical referral" : "") + (health != null ? ", health" : ""));
            return toDto(e);
        });
    }

    /** Records the outcome; a placement issues the centre's resolution in the same transaction (BR-J24). */
    public Delivery outcome(Caller caller, long id, Long expectedVersion, OutcomeInput in) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        if (in == null || in.outcome() == null) {
            throw ValidationException.of("outcome", "required");
        }
        DeliveryEntity stored = jpa.txExpr(TransactionType.Supports, em -> find(em, caller, id, AuditAction.UPDATE));
        Placements.Prepared placement = null;
        if (in.outcome() == DeliveryOutcome.HANDED_TO_REPRESENTATIVE) {
            if (in.handedToId() == null) {
                throw ValidationException.of("handedToId", "required");
            }
            if (in.handedToId() == stored.getPersonId()) {
                throw ValidationException.of("handedToId", "juvenile.delivery.representative.self");
            }
            person(caller, "handedToId", in.handedToId());
        } else {
            Officer officer = access.unitOfficer(SYSTEM, "officerId", stored.getOfficerId(), AuditAction.UPDATE,
                    SUBJECT, id);
            Person minor = person(caller, "personId", stored.getPersonId());
            placement = placements.prepare(caller, new NewPlacement(officer.id(), minor.id(), in.category(),
                    in.centreName(), in.handoverImpossibleReason(), null), officer, stored.getDepartmentPath(), minor,
                    "");
        }
        Placements.Prepared prepared = placement;
        return jpa.txExpr(TransactionType.Required, em -> {
            DeliveryEntity e = writable(em, caller, id, expectedVersion);
            if (e.getStatus().decided()) {
                throw new ConflictException("status", "juvenile.delivery.decided", e.getOutcome());
            }
            e.setOutcome(in.outcome());
            e.setOutcomeAt(Instant.now());
            if (prepared == null) {
                e.setStatus(DeliveryStatus.HANDED_OVER);
                e.setHandedToId(in.handedToId());
            } else {
                PlacementEntity p = placements.persist(em, caller, prepared, id);
                e.setStatus(DeliveryStatus.PLACED);
                e.setPlacementId(p.getId());
                e.setHandoverImpossibleReason(p.getHandoverImpossibleReason());
            }
            em.flush();
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "outcome " + in.outcome() + (e.getPlacementId() != null ? " placement " + e.getPlacementId()
                            : " to " + in.handedToId()));
            return toDto(e);
        });
    }

    /** Records the notice to the IAB at the place of residence: the outgoing number goes into the journal (BR-J28). */
    public Delivery notice(Caller caller, long id, Long expectedVersion, NoticeInput in) {
        access.requireWorker(caller, AuditAction.UPDATE, SUBJECT, id);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        LocalDate today = LocalDate.now(calendar.zone());
        ValidationException.Collector errors = new ValidationException.Collector();
        String number = Checks.text(errors, "outgoingNumber", in.outgoingNumber(), 60, true);
        String unit = Checks.text(errors, "residenceUnit", in.residenceUnit(), 300, false);
        LocalDate sentOn = in.sentOn() != null ? in.sentOn() : today;
        if (sentOn.isAfter(today)) {
            errors.add("sentOn", "date.future");
        }
        errors.throwIfAny();
        return jpa.txExpr(TransactionType.Required, em -> {
            DeliveryEntity e = writable(em, caller, id, expectedVersion);
            if (!e.isOutOfArea()) {
                throw new ConflictException("outOfArea", "juvenile.delivery.notice.not-needed");
            }
            if (e.getNoticeSentOn() != null) {
                throw new ConflictException("noticeSentOn", "juvenile.delivery.notice.sent", e.getNoticeSentOn());
            }
            LocalDate delivered = e.getDeliveredAt().atZone(calendar.zone()).toLocalDate();
            if (sentOn.isBefore(delivered)) {
                throw ValidationException.of("sentOn", "date.before", delivered);
            }
            if (unit == null && e.getResidenceUnit() == null) {
                throw ValidationException.of("residenceUnit", "required");
            }
            e.setNoticeOutgoingNumber(number);
            e.setNoticeSentOn(sentOn);
            if (unit != null) {
                e.setResidenceUnit(unit);
            }
            em.flush();
            tasks.completeAll(caller, NOTICE_TASK, SUBJECT, String.valueOf(id), "outgoing No " + number);
            audit.record(caller, AuditAction.UPDATE, AuditOutcome.SUCCESS, SUBJECT, id, e.getDepartmentId(),
                    "residence notice " + number + " sent " + sentOn + " to " + e.getResidenceUnit());
            return toDto(e);
        });
    }

    // ------------------------------------------------------------------------------------------------------------
    // reads

    public Delivery get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            DeliveryEntity e = find(em, caller, id, AuditAction.READ);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e);
        });
    }

    /**
     * Filters; null means any. {@code open}: the outcome not recorded or a notice still due; {@code noticeDue}: a
     * residence notice not yet sent; {@code from}/{@code to}: delivery days.
     */
    public record Query(Long personId, Long officerId, DeliveryStatus status, Boolean open, Boolean noticeDue,
            Long raidId, LocalDate from, LocalDate to) {
    }

    public Page<Delivery> list(Caller caller, Query q, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        return jpa.txExpr(TransactionType.Required, em -> {
            Page<Delivery> result = search(em, caller, q, page);
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                    "search " + q + " -> " + result.total() + ", ids "
                            + result.items().stream().map(Delivery::id).toList());
            return result;
        });
    }

    /** The person's deliveries for the card (the caller's rights; audited when any are shown). */
    public List<Delivery> ofPerson(Caller caller, long personId, int limit) {
        if (!access.isReader(caller)) {
            return List.of();
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<Delivery> found = search(em, caller, new Query(personId, null, null, null, null, null, null, null),
                    PageRequest.first(limit)).items();
            if (!found.isEmpty()) {
                audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, SUBJECT + "s", null, null,
                        "deliveries of person " + personId + ", ids " + found.stream().map(Delivery::id).toList());
            }
            return found;
        });
    }

    /** Whether any delivery of the person exists (system rights, no content). */
    public boolean holds(long personId) {
        return jpa.txExpr(TransactionType.Supports, em -> !em.createQuery(
                "SELECT e.id FROM DeliveryEntity e WHERE e.personId = :p", Long.class).setParameter("p", personId)
                .setMaxResults(1).getResultList().isEmpty());
    }

    /** How many minors the officer delivered between the days (inclusive). */
    public long count(long officerId, LocalDate from, LocalDate to) {
        return jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT COUNT(e) FROM DeliveryEntity e"
                + " WHERE e.officerId = :o AND e.deliveredAt >= :from AND e.deliveredAt < :to", Long.class)
                .setParameter("o", officerId)
                .setParameter("from", from.atStartOfDay(calendar.zone()).toInstant())
                .setParameter("to", to.plusDays(1).atStartOfDay(calendar.zone()).toInstant()).getSingleResult());
    }

    private Page<Delivery> search(EntityManager em, Caller caller, Query q, PageRequest page) {
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        StringBuilder where = new StringBuilder(" FROM DeliveryEntity e WHERE e.departmentPath LIKE :scope");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope + "%");
        condition(where, params, "e.personId = :person", "person", q.personId());
        condition(where, params, "e.officerId = :officer", "officer", q.officerId());
        condition(where, params, "e.status = :status", "status", q.status());
        condition(where, params, "e.raidId = :raid", "raid", q.raidId());
        if (q.from() != null) {
            condition(where, params, "e.deliveredAt >= :from", "from",
                    q.from().atStartOfDay(calendar.zone()).toInstant());
        }
        if (q.to() != null) {
            condition(where, params, "e.deliveredAt < :to", "to",
                    q.to().plusDays(1).atStartOfDay(calendar.zone()).toInstant());
        }
        String due = "(e.outOfArea = :outside AND e.noticeSentOn IS NULL)";
        if (q.noticeDue() != null || q.open() != null) {
            params.put("outside", Boolean.TRUE); // a parameter: Derby compares no BOOLEAN with the literal's 1
        }
        if (q.noticeDue() != null) {
            where.append(q.noticeDue() ? " AND " + due : " AND NOT " + due);
        }
        if (q.open() != null) {
            params.put("decided", List.of(DeliveryStatus.HANDED_OVER, DeliveryStatus.PLACED));
            where.append(q.open() ? " AND (e.status NOT IN :decided OR " + due + ")"
                    : " AND (e.status IN :decided AND NOT " + due + ")");
        }
        TypedQuery<DeliveryEntity> select = em.createQuery(
                "SELECT e" + where + " ORDER BY e.deliveredAt DESC, e.id DESC", DeliveryEntity.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Delivery> items = new ArrayList<>();
        select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList()
                .forEach(e -> items.add(toDto(e)));
        return new Page<>(items, count.getSingleResult(), page.limit(), page.offset());
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String clause, String name,
            Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            params.put(name, value);
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    private Person person(Caller caller, String field, long id) {
        try {
            return persons.get(caller, id);
        } catch (NotFoundException e) {
            throw ValidationException.of(field, "person.unknown", id);
        }
    }

    /** The delivery to change: in scope, the If-Match version, the delivering officer's own or a head's. */
    private DeliveryEntity writable(EntityManager em, Caller caller, long id, Long expectedVersion) {
        DeliveryEntity e = find(em, caller, id, AuditAction.UPDATE);
        VersionMismatchException.check(expectedVersion, e.getVersion());
        if (!access.isHead(caller) && !access.officerIdOf(caller).map(o -> o == e.getOfficerId()).orElse(false)) {
            throw audit.denied(caller, AuditAction.UPDATE, SUBJECT, id, e.getDepartmentId(),
                    "not delivered by the caller's officer record");
        }
        return e;
    }

    /** 409 naming the status unless it is one of the allowed ones. */
    private static void move(DeliveryEntity e, DeliveryStatus... from) {
        Set<DeliveryStatus> allowed = Set.of(from);
        if (!allowed.contains(e.getStatus())) {
            throw new ConflictException("status", "juvenile.delivery.status", e.getStatus(), Arrays.toString(from));
        }
    }

    private DeliveryEntity find(EntityManager em, Caller caller, long id, AuditAction action) {
        DeliveryEntity e = em.find(DeliveryEntity.class, id);
        if (e == null) {
            throw new NotFoundException(SUBJECT, id);
        }
        access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), action, SUBJECT, id);
        return e;
    }

    static List<Long> ids(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(",")).map(String::trim).map(Long::valueOf).toList();
    }

    public static Delivery toDto(DeliveryEntity e) {
        Delivery.Questioning q = e.getQuestionedAt() == null ? null
                : new Delivery.Questioning(e.getQuestionedAt(), e.getRepresentativeId(),
                        e.getRepresentativeCapacity(), Boolean.TRUE.equals(e.getRepresentativeVerified()),
                        e.getQuestioningSummary());
        Delivery.RecordChecks c = e.getCheckedAt() == null ? null
                : new Delivery.RecordChecks(e.getCheckedAt(), e.getRecordsCheckResult(),
                        e.getPsychiatricCheckResult(), e.getMedicalReferralTo(), e.getHealthReferralTo());
        Delivery.Notice n = !e.isOutOfArea() ? null
                : new Delivery.Notice(e.getNoticeTaskId(), e.getNoticeDueAt(), e.getNoticeOutgoingNumber(),
                        e.getNoticeSentOn(), e.getNoticeSentOn() != null);
        boolean closed = e.getStatus().decided() && (!e.isOutOfArea() || e.getNoticeSentOn() != null);
        return new Delivery(e.getId(), e.getJournalNumber(), e.getDepartmentId(), e.getOfficerId(), e.getPersonId(),
                e.getDeliveredAt(), e.getDeliveredTo(), e.getGround(), e.getGroundDetails(), e.getPlace(),
                ids(e.getRepresentativeIds()), e.getUpbringingConditions(), e.getCausesAndConditions(),
                e.getInvolvingPersons(), e.getProhibitedSalePlaces(), e.getRaidId(), e.getStatus(), q, c,
                e.getOutcome(), e.getOutcomeAt(), e.getHandedToId(), e.getHandoverImpossibleReason(),
                e.getPlacementId(), e.isOutOfArea(), e.getOutOfAreaBasis(), e.getResidenceUnit(), n, closed,
                e.getCreatedBy(), e.getCreatedAt(), e.getVersion());
    }
}
