package kz.police.lps.core.api.unit;

import java.util.List;

import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.person.PersonRelation;

/** The cross-unit view of a person: alerts from every unit first, then the core data, then one section per unit. */
public record PersonCard(List<CardAlert> alerts, Person person, List<PersonRelation> relations,
        List<PersonCardSection> sections) {
}
