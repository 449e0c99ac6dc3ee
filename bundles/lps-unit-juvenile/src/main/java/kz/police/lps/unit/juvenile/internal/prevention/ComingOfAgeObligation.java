package kz.police.lps.unit.juvenile.internal.prevention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.calendar.WorkingCalendar;
import kz.police.lps.core.api.db.SchemaReady;
import kz.police.lps.core.api.norm.NormService;
import kz.police.lps.core.api.norm.RunNorms;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.person.PersonService;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.register.RegistrationQuery;
import kz.police.lps.core.api.register.RegistrationStatus;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.TaskSource;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.JuvenileSchema;

/**
 * Coming of age (issue 6: "a registration ends automatically for review when the minor turns 18"): for every active
 * registration on the register of minors whose person reaches the review age ({@code juvenile.preventive.review-age},
 * configurable) a review task for the responsible officer, due at the end of the birthday, given from
 * {@code juvenile.preventive.review-lead} days before it; origin key {@code juvenile.preventive-review:<registration>}.
 * The registrations are read from the core a page at a time ({@link RegisterService#search} with the platform's
 * rights), the birth dates from the unit's journal entries (one query per page), from the person only for a
 * registration placed without the unit's journal; a registration already reviewed gets none.
 */
@Component(service = TaskSource.class)
public class ComingOfAgeObligation implements TaskSource {

    private static final int PAGE = 200;
    private static final PageRequest.SortKey BY_ID = new PageRequest.SortKey("id", false);

    private final JpaTemplate jpa;
    private final RegisterService registers;
    private final PersonService persons;
    private final NormService norms;
    private final WorkingCalendar calendar;

    @Activate
    public ComingOfAgeObligation(@Reference(target = JuvenileSchema.JPA) JpaTemplate jpa,
            @Reference(target = JuvenileSchema.TARGET) SchemaReady schema, @Reference RegisterService registers,
            @Reference PersonService persons, @Reference NormService norms, @Reference WorkingCalendar calendar) {
        this.jpa = jpa;
        this.registers = registers;
        this.persons = persons;
        this.norms = norms;
        this.calendar = calendar;
    }

    @Override
    public String id() {
        return PreventionJournal.REVIEW_TASK;
    }

    @Override
    public String unitId() {
        return JuvenileAccess.UNIT;
    }

    @Override
    public Stream<NewTask> tasks(LocalDate today) {
        Caller system = Caller.system(JuvenileAccess.UNIT);
        RunNorms run = new RunNorms(norms);
        Iterator<NewTask> due = new Iterator<>() {
            private Iterator<NewTask> page = Collections.emptyIterator();
            private int offset;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && !exhausted) {
                    List<Registration> rows = registers.search(system, new RegistrationQuery(
                            Journal.MINORS.registerId(), null, RegistrationStatus.ACTIVE, null, null, null),
                            new PageRequest(PAGE, offset, List.of(BY_ID))).items();
                    offset += rows.size();
                    exhausted = rows.size() < PAGE;
                    page = due(system, rows, today, run).iterator();
                }
                return page.hasNext();
            }

            @Override
            public NewTask next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(due, Spliterator.ORDERED), false);
    }

    private record Known(LocalDate birthDate, boolean reviewed) {
    }

    private List<NewTask> due(Caller system, List<Registration> rows, LocalDate today, RunNorms run) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Registration::id).toList();
        Map<Long, Known> known = new HashMap<>();
        jpa.txExpr(TransactionType.Supports, em -> em.createQuery("SELECT e.registrationId, e.birthDate, "
                + "e.reviewDecision FROM JournalEntryEntity e WHERE e.registrationId IN :ids", Object[].class)
                .setParameter("ids", ids).getResultList()).forEach(r -> known.put(((Number) r[0]).longValue(),
                        new Known((LocalDate) r[1], r[2] != null)));
        List<NewTask> out = new ArrayList<>();
        for (Registration r : rows) {
            Known k = known.get(r.id());
            if (k != null && k.reviewed()) {
                continue;
            }
            LocalDate birth = k != null ? k.birthDate() : birthDate(system, r.personId());
            if (birth == null) {
                continue;
            }
            int age = run.intValue(PreventionJournal.REVIEW_AGE, r.departmentId(), null);
            int lead = run.intValue(PreventionJournal.REVIEW_LEAD, r.departmentId(), null);
            if (!ReviewAge.taskDue(birth, age, lead, today)) {
                continue;
            }
            LocalDate reviewOn = ReviewAge.reachesOn(birth, age);
            out.add(NewTask.dueAt(JuvenileAccess.UNIT, id(), "Профилактикалық есепті қайта қарау: " + age
                    + " жасқа толады / пересмотр профилактического учёта: достигает " + age + " лет (" + reviewOn + ")",
                    RegisterService.SUBJECT, r.id(), r.departmentId(), r.responsibleOfficerId(),
                    calendar.endOf(reviewOn)).withOriginKey(id() + ":" + r.id()));
        }
        return out;
    }

    private LocalDate birthDate(Caller system, long personId) {
        try {
            return persons.get(system, personId).birthDate();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
