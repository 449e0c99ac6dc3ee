package kz.police.lps.core.api.person;

import java.time.LocalDate;

/** A relation between two persons, read as "person is {@code kind} of relatedPerson". */
public record PersonRelation(Long id, Long personId, Long relatedPersonId, RelationKind kind, LocalDate since,
        LocalDate until) {
}
