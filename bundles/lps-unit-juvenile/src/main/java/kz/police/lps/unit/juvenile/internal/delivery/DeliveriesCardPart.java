package kz.police.lps.unit.juvenile.internal.delivery;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.card.JuvenileCardPart;

/** The person's deliveries to the IAB (the delivered-minors journal, WF-J7) on the card; the unit's readers only. */
@Component(service = JuvenileCardPart.class)
public class DeliveriesCardPart implements JuvenileCardPart {

    static final int LIMIT = 20;

    /** One line of the card. */
    public record Entry(Long id, String journalNumber, Instant deliveredAt, DeliveryGround ground,
            DeliveryStatus status, DeliveryOutcome outcome, Long placementId, boolean noticeDue) {
    }

    private final Deliveries deliveries;

    @Activate
    public DeliveriesCardPart(@Reference Deliveries deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public String key() {
        return "deliveries";
    }

    @Override
    public boolean holds(long personId) {
        return deliveries.holds(personId);
    }

    @Override
    public List<Entry> entries(Caller caller, Person person) {
        return deliveries.ofPerson(caller, person.id(), LIMIT).stream().map(d -> new Entry(d.id(), d.journalNumber(),
                d.deliveredAt(), d.ground(), d.status(), d.outcome(), d.placementId(),
                d.notice() != null && !d.notice().sent())).toList();
    }
}
