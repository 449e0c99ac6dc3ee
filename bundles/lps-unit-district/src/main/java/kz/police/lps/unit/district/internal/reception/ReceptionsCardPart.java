package kz.police.lps.unit.district.internal.reception;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.card.DistrictCardPart;

/**
 * The person's visits to the reception (L626-629) on their card. Need-to-know: what a citizen told the inspector is
 * for the district unit's roles (and {@code lps-admin}) only.
 */
@Component(service = DistrictCardPart.class)
public class ReceptionsCardPart implements DistrictCardPart {

    static final int LIMIT = 20;

    /** One line of the card: when, what it was filed as, under which number. */
    public record Entry(Long id, Instant receivedAt, ReceptionFiling filing, String applicationNumber,
            boolean outsideSchedule, String subject) {
    }

    private final ReceptionJournal journal;

    @Activate
    public ReceptionsCardPart(@Reference ReceptionJournal journal) {
        this.journal = journal;
    }

    @Override
    public String key() {
        return "receptions";
    }

    @Override
    public boolean restricted() {
        return true;
    }

    @Override
    public List<Entry> entries(Caller caller, Person person) {
        return journal.ofPerson(caller, person.id(), LIMIT).stream()
                .map(r -> new Entry(r.id(), r.receivedAt(), r.filing(), r.applicationNumber(), r.outsideSchedule(),
                        r.subject().length() <= 100 ? r.subject() : r.subject().substring(0, 97) + "..."))
                .toList();
    }
}
