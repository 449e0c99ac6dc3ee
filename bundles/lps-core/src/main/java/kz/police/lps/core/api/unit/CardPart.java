package kz.police.lps.core.api.unit;

import java.util.List;

import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;

/**
 * One part of a unit's section of a person card, registered as a service by the area of the unit that holds the
 * records (presentations, deliveries, ...). A unit's {@link PersonCardContributor} gathers its parts with
 * {@link CardParts}, so an area adds itself to the card without touching the others. A unit gives its parts an
 * interface of its own extending this one, so each unit's section tracks only its own parts.
 */
public interface CardPart {

    /** The part's key in the section's data, e.g. {@code presentations}. */
    String key();

    /**
     * Need-to-know: a restricted part is shown only to callers with a role of the unit and {@code lps-admin}; others
     * learn nothing of it, not even that it exists.
     */
    boolean restricted();

    /** What the unit holds about the person in this part, newest first; empty when nothing. */
    List<?> entries(Caller caller, Person person);

    /** Alerts the card shows at its top (e.g. an overdue check); none by default. */
    default List<CardAlert> alerts(Caller caller, Person person) {
        return List.of();
    }

    /** What a part shows on one card: its entries and its alerts. */
    record Shown(List<?> entries, List<CardAlert> alerts) {
    }

    /**
     * The entries and the alerts for one card. A part whose alerts come from its entries overrides it so the records
     * are read (and the read audited) once.
     */
    default Shown show(Caller caller, Person person) {
        return new Shown(entries(caller, person), alerts(caller, person));
    }
}
