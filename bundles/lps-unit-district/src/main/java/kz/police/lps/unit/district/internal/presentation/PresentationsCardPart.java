package kz.police.lps.unit.district.internal.presentation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.card.DistrictCardPart;

/**
 * The presentations and instructions issued to the person (WF-13) on their card, with how execution stands; shown to
 * the unit's roles and {@code lps-admin} (the read audited).
 */
@Component(service = DistrictCardPart.class)
public class PresentationsCardPart implements DistrictCardPart {

    static final int LIMIT = 20;

    /** One line of the card. */
    public record Entry(Long id, String number, PresentationKind kind, LocalDate issuedOn, PresentationStatus status,
            Instant dueAt) {
    }

    private final Presentations presentations;

    @Activate
    public PresentationsCardPart(@Reference Presentations presentations) {
        this.presentations = presentations;
    }

    @Override
    public String key() {
        return "presentations";
    }

    /** Addressed to the person about the causes of offences: for the unit's roles and {@code lps-admin} only. */
    @Override
    public boolean restricted() {
        return true;
    }

    @Override
    public List<Entry> entries(Caller caller, Person person) {
        return presentations.ofPerson(caller, person.id(), LIMIT).stream()
                .map(p -> new Entry(p.id(), p.number(), p.kind(), p.issuedOn(), p.status(), p.dueAt())).toList();
    }
}
