package kz.police.lps.core.api.person;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;

/**
 * Persons, their addresses and relations. Every method checks the caller's role and data scope; every read of a
 * person and every write is audited (a write in the same transaction as the change).
 */
public interface PersonService {

    Set<String> SORTABLE = Set.of("surname", "name", "birthDate", "iin", "id");

    Person create(Caller caller, Person draft);

    Person get(Caller caller, long id);

    Optional<Person> findByIin(Caller caller, String iin);

    Page<Person> search(Caller caller, PersonQuery query, PageRequest page);

    /** Replaces the person's data; {@code expectedVersion} is the version the client read ({@code If-Match}). */
    Person update(Caller caller, long id, Long expectedVersion, Person data);

    List<PersonRelation> relations(Caller caller, long personId);

    PersonRelation addRelation(Caller caller, long personId, PersonRelation relation);

    void removeRelation(Caller caller, long personId, long relationId);
}
