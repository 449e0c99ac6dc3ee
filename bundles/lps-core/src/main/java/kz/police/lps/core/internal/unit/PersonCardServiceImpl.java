package kz.police.lps.core.internal.unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.unit.CardAlert;
import kz.police.lps.core.api.unit.PersonCard;
import kz.police.lps.core.api.unit.PersonAlertSource;
import kz.police.lps.core.api.unit.PersonCardContributor;
import kz.police.lps.core.api.unit.PersonCardSection;
import kz.police.lps.core.api.unit.PersonCardService;
import kz.police.lps.core.internal.person.PersonLookup;

/**
 * Builds the person card: the core person (scope-checked; the card is audited as one read), then one
 * section from each {@link PersonCardContributor} registered right now, ordered by unit id. Alerts of all sections
 * are lifted to the top with those of every {@link PersonAlertSource}, most severe first. A failing contributor is logged and left out.
 */
@Component(service = PersonCardService.class)
public class PersonCardServiceImpl implements PersonCardService {

    private static final Logger LOG = LoggerFactory.getLogger(PersonCardServiceImpl.class);

    private final PersonLookup persons;
    private final AuditService audit;
    private final List<PersonCardContributor> contributors = new CopyOnWriteArrayList<>();
    private final List<PersonAlertSource> alertSources = new CopyOnWriteArrayList<>();

    @Activate
    public PersonCardServiceImpl(@Reference PersonLookup persons, @Reference AuditService audit) {
        this.persons = persons;
        this.audit = audit;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(PersonCardContributor contributor) {
        contributors.add(contributor);
    }

    void removeContributor(PersonCardContributor contributor) {
        contributors.remove(contributor);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAlertSource(PersonAlertSource source) {
        alertSources.add(source);
    }

    void removeAlertSource(PersonAlertSource source) {
        alertSources.remove(source);
    }

    @Override
    public List<CardAlert> alerts(Caller caller, long personId) {
        Person person = persons.scopedGet(caller, personId);
        audit.record(caller, AuditAction.READ, "person.alerts", personId, person.departmentId());
        return alertsOf(caller, person, sections(caller, person));
    }

    @Override
    public PersonCard card(Caller caller, long personId) {
        Person person = persons.scopedGet(caller, personId);
        audit.record(caller, AuditAction.READ, "person.card", personId, person.departmentId());
        List<PersonCardSection> sections = sections(caller, person);
        return new PersonCard(alertsOf(caller, person, sections), person, persons.scopedRelations(caller, personId),
                sections);
    }

    /** One section from each contributor registered right now, by unit id; a failing one is logged and left out. */
    private List<PersonCardSection> sections(Caller caller, Person person) {
        List<PersonCardSection> sections = new ArrayList<>();
        List<PersonCardContributor> current = new ArrayList<>(contributors);
        current.sort(Comparator.comparing(PersonCardContributor::unitId));
        for (PersonCardContributor c : current) {
            try {
                c.section(caller, person).ifPresent(sections::add);
            } catch (RuntimeException e) {
                LOG.warn("Person card contributor of unit {} failed for person {}", c.unitId(), person.id(), e);
            }
        }
        return sections;
    }

    /** The sources' alerts and the sections' alerts: most severe first, then by unit and code. */
    private List<CardAlert> alertsOf(Caller caller, Person person, List<PersonCardSection> sections) {
        List<CardAlert> alerts = new ArrayList<>();
        for (PersonAlertSource source : alertSources) {
            try {
                alerts.addAll(source.alerts(caller, person));
            } catch (RuntimeException e) {
                LOG.warn("Alert source of unit {} failed for person {}", source.unitId(), person.id(), e);
            }
        }
        sections.forEach(s -> alerts.addAll(s.alerts()));
        // null-safe: one unit's sloppy alert must not break every card
        alerts.sort(Comparator.comparing(CardAlert::severity, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(CardAlert::unitId, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CardAlert::code, Comparator.nullsLast(Comparator.naturalOrder())));
        return alerts;
    }
}
