package kz.police.lps.unit.juvenile.internal.inbound;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.error.Checks;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.error.ValidationException;
import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.register.RegistrationQuery;
import kz.police.lps.core.api.register.RegistrationStatus;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;
import kz.police.lps.unit.juvenile.internal.prevention.Journal;

/**
 * The penal system's monthly lists of minors on non-custodial sentences registered with or removed from probation
 * (BR-J38, N-J28, US-J45, L1490-1495), reconciled on receipt against the register of minors: a minor registered with
 * probation but not on the preventive register, a minor removed from probation but still on it, an IIN of no known
 * person. The comparison is kept with the list as of the day it was received.
 */
@Component(service = ProbationLists.class)
public class ProbationLists {

    public static final String SUBJECT = "juvenile.probation-list";
    private static final Pattern IIN = Pattern.compile("\\d{12}");
    private static final int MAX_LINES = 500;

    private final JpaTemplate jpa;
    private final JuvenileAccess access;
    private final AuditService audit;
    private final PersonService persons;
    private final RegisterService registers;
    private final WorkingCalendar calendar;

    @Activate
    public ProbationLists(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference JuvenileAccess access,
            @Reference AuditService audit, @Reference PersonService persons, @Reference RegisterService registers,
            @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.access = access;
        this.audit = audit;
        this.persons = persons;
        this.registers = registers;
        this.calendar = calendar;
    }

    /** Receives a list and reconciles each line against the register of minors. */
    public ProbationList receive(Caller caller, NewProbationList in) {
        access.requireWorker(caller, AuditAction.CREATE, SUBJECT, null);
        if (in == null) {
            throw ValidationException.of("body", "required");
        }
        LocalDate today = LocalDate.now(calendar.zone());
        LocalDate receivedOn = in.receivedOn() != null ? in.receivedOn() : today;
        Long departmentId = in.departmentId() != null ? in.departmentId() : caller.departmentId();
        ValidationException.Collector errors = new ValidationException.Collector();
        YearMonth month = null;
        if (in.month() == null || in.month().isBlank()) {
            errors.add("month", "required");
        } else {
            try {
                month = YearMonth.parse(in.month().strip());
                if (month.atDay(1).isAfter(receivedOn)) {
                    errors.add("month", "juvenile.inbound.month", in.month());
                }
            } catch (DateTimeParseException e) {
                errors.add("month", "juvenile.inbound.month", in.month());
            }
        }
        String sender = Checks.text(errors, "sender", in.sender(), 300, true);
        if (receivedOn.isAfter(today)) {
            errors.add("receivedOn", "date.future");
        }
        if (departmentId == null) {
            errors.add("departmentId", "required");
        }
        if (in.items() == null || in.items().isEmpty()) {
            errors.add("items", "required");
        } else if (in.items().size() > MAX_LINES) {
            errors.add("items", "range", 1, MAX_LINES);
        } else {
            for (int i = 0; i < in.items().size(); i++) {
                NewProbationList.Line l = in.items().get(i);
                String f = "items[" + i + "]";
                if (l == null) {
                    errors.add(f, "required");
                    continue;
                }
                if (l.iin() == null || !IIN.matcher(l.iin().strip()).matches()) {
                    errors.add(f + ".iin", "iin.format");
                }
                Checks.text(errors, f + ".fullName", l.fullName(), 300, false);
                if (l.listKind() == null) {
                    errors.add(f + ".listKind", "required");
                }
            }
        }
        errors.throwIfAny();
        String path = access.departmentPath(caller, "departmentId", departmentId, AuditAction.CREATE, SUBJECT, null);
        List<ProbationList.Item> items = new ArrayList<>();
        int line = 0;
        for (NewProbationList.Line l : in.items()) {
            items.add(reconcile(caller, ++line, l));
        }
        int discrepancies = (int) items.stream().filter(i -> i.result() != Reconciliation.CONSISTENT).count();
        String listMonth = month.toString();
        return jpa.txExpr(TransactionType.Required, em -> {
            ProbationListEntity e = new ProbationListEntity();
            e.setListMonth(listMonth);
            e.setSender(sender);
            e.setReceivedOn(receivedOn);
            e.setItemCount(items.size());
            e.setDiscrepancies(discrepancies);
            e.setDepartmentId(departmentId);
            e.setDepartmentPath(path);
            e.setCreatedBy(caller.username());
            e.setCreatedAt(Instant.now());
            em.persist(e);
            em.flush();
            for (ProbationList.Item i : items) {
                ProbationItemEntity it = new ProbationItemEntity();
                it.setListId(e.getId());
                it.setLineNo(i.lineNo());
                it.setIin(i.iin());
                it.setFullName(i.fullName());
                it.setListKind(i.listKind());
                it.setPersonId(i.personId());
                it.setRegistrationId(i.registrationId());
                it.setResult(i.result());
                em.persist(it);
            }
            em.flush();
            audit.record(caller, AuditAction.CREATE, AuditOutcome.SUCCESS, SUBJECT, e.getId(), departmentId,
                    "probation list " + listMonth + ": " + items.size() + " lines, " + discrepancies
                            + " discrepancies");
            return toDto(e, items);
        });
    }

    public ProbationList get(Caller caller, long id) {
        access.requireReader(caller, SUBJECT, id);
        return jpa.txExpr(TransactionType.Required, em -> {
            ProbationListEntity e = em.find(ProbationListEntity.class, id);
            if (e == null) {
                throw new NotFoundException(SUBJECT, id);
            }
            access.requireInScope(caller, e.getDepartmentPath(), e.getDepartmentId(), AuditAction.READ, SUBJECT, id);
            audit.record(caller, AuditAction.READ, SUBJECT, id, e.getDepartmentId());
            return toDto(e, items(em, id));
        });
    }

    /** The lists in the caller's scope, latest month first (without their lines). */
    public Page<ProbationList> list(Caller caller, PageRequest page) {
        access.requireReader(caller, SUBJECT, null);
        String scope = caller.scope().pathPrefix();
        if (scope == null) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        return jpa.txExpr(TransactionType.Required, em -> {
            List<ProbationList> rows = em.createQuery("SELECT e FROM ProbationListEntity e WHERE e.departmentPath "
                    + "LIKE :scope ORDER BY e.listMonth DESC, e.id DESC", ProbationListEntity.class)
                    .setParameter("scope", scope + "%").setFirstResult(page.offset()).setMaxResults(page.limit())
                    .getResultList().stream().map(e -> toDto(e, List.of())).toList();
            long total = em.createQuery("SELECT COUNT(e) FROM ProbationListEntity e WHERE e.departmentPath LIKE :scope",
                    Long.class).setParameter("scope", scope + "%").getSingleResult();
            audit.record(caller, AuditAction.READ, SUBJECT + "s", "list", null);
            return new Page<>(rows, total, page.limit(), page.offset());
        });
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private ProbationList.Item reconcile(Caller caller, int lineNo, NewProbationList.Line l) {
        String iin = l.iin().strip();
        String name = l.fullName() == null || l.fullName().isBlank() ? null : l.fullName().strip();
        Optional<Person> person = persons.findByIin(caller, iin);
        if (person.isEmpty()) {
            return new ProbationList.Item(lineNo, iin, name, l.listKind(), null, null, Reconciliation.UNKNOWN_PERSON);
        }
        Registration active = registers.search(caller, new RegistrationQuery(Journal.MINORS.registerId(),
                person.get().id(), RegistrationStatus.ACTIVE, null, null, null), PageRequest.first(1)).items()
                .stream().findFirst().orElse(null);
        Reconciliation result = reconciliation(l.listKind(), active != null);
        return new ProbationList.Item(lineNo, iin, name != null ? name : person.get().fullName(), l.listKind(),
                person.get().id(), active == null ? null : active.id(), result);
    }

    /** How a line compares with the register: registered with probation ↔ on the register, removed ↔ not on it. */
    public static Reconciliation reconciliation(ProbationListKind kind, boolean onRegister) {
        if (kind == ProbationListKind.REGISTERED) {
            return onRegister ? Reconciliation.CONSISTENT : Reconciliation.NOT_REGISTERED;
        }
        return onRegister ? Reconciliation.REMOVED_BUT_REGISTERED : Reconciliation.CONSISTENT;
    }

    private static List<ProbationList.Item> items(EntityManager em, long listId) {
        return em.createQuery("SELECT i FROM ProbationItemEntity i WHERE i.listId = :l ORDER BY i.lineNo",
                ProbationItemEntity.class).setParameter("l", listId).getResultList().stream()
                .map(i -> new ProbationList.Item(i.getLineNo(), i.getIin(), i.getFullName(), i.getListKind(),
                        i.getPersonId(), i.getRegistrationId(), i.getResult())).toList();
    }

    private static ProbationList toDto(ProbationListEntity e, List<ProbationList.Item> items) {
        return new ProbationList(e.getId(), e.getListMonth(), e.getSender(), e.getReceivedOn(), e.getItemCount(),
                e.getDiscrepancies(), items, e.getDepartmentId(), e.getCreatedBy(), e.getCreatedAt());
    }
}
