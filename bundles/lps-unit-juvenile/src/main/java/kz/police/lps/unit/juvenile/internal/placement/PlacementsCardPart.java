package kz.police.lps.unit.juvenile.internal.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.unit.CardAlert;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;
import kz.police.lps.unit.juvenile.internal.card.JuvenileCardPart;

/**
 * The person's adaptation-centre placements (WF-J9) on the card, with a warning while the minor is in the centre;
 * the unit's readers only (the read audited once for the entries and the alert).
 */
@Component(service = JuvenileCardPart.class)
public class PlacementsCardPart implements JuvenileCardPart {

    static final int LIMIT = 20;
    public static final String ALERT = "juvenile.placement.in-centre";

    /** One line of the card. */
    public record Entry(Long id, String resolutionNumber, CentreCategory category, Instant placedAt,
            String centreName, PlacementStatus status, LocalDate leftOn) {
    }

    private final Placements placements;

    @Activate
    public PlacementsCardPart(@Reference Placements placements) {
        this.placements = placements;
    }

    @Override
    public String key() {
        return "placements";
    }

    @Override
    public boolean holds(long personId) {
        return placements.holds(personId);
    }

    @Override
    public List<Entry> entries(Caller caller, Person person) {
        return entries(placements.ofPerson(caller, person.id(), LIMIT));
    }

    @Override
    public List<CardAlert> alerts(Caller caller, Person person) {
        return alerts(placements.ofPerson(caller, person.id(), LIMIT));
    }

    @Override
    public Shown show(Caller caller, Person person) {
        List<Placement> found = placements.ofPerson(caller, person.id(), LIMIT);
        return new Shown(entries(found), alerts(found));
    }

    private static List<Entry> entries(List<Placement> found) {
        return found.stream().map(p -> new Entry(p.id(), p.resolutionNumber(), p.category(), p.placedAt(),
                p.centreName(), p.status(), p.leftOn())).toList();
    }

    private static List<CardAlert> alerts(List<Placement> found) {
        return found.stream().filter(p -> p.status() == PlacementStatus.IN_CENTRE).limit(1)
                .map(p -> new CardAlert(JuvenileAccess.UNIT, ALERT, CardAlert.Severity.WARNING,
                        new LocalizedText("Кәмелетке толмағандарды бейімдеу орталығында (" + p.centreName() + ", "
                                + p.resolutionNumber() + ")",
                                "Находится в центре адаптации несовершеннолетних (" + p.centreName() + ", "
                                        + p.resolutionNumber() + ")",
                                "In the adaptation centre for minors (" + p.centreName() + ", "
                                        + p.resolutionNumber() + ")")))
                .toList();
    }
}
