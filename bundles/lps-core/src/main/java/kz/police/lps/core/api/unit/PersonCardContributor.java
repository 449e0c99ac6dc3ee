package kz.police.lps.core.api.unit;

import java.util.Optional;

import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;

/**
 * Whiteboard service: a unit contributes its section of a person card. The core calls every registered contributor
 * when a card is read; a contributor that fails is left out of the card (and logged), never failing the card.
 * A contributor applies its own need-to-know rules for the given caller.
 */
public interface PersonCardContributor {

    /** The contributing unit's id. */
    String unitId();

    /** The section for this person, or empty when the unit holds nothing about them. */
    Optional<PersonCardSection> section(Caller caller, Person person);
}
