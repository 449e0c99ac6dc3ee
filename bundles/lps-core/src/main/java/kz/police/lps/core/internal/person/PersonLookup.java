package kz.police.lps.core.internal.person;

import java.util.List;

import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.person.PersonRelation;
import kz.police.lps.core.api.security.Caller;

/**
 * Scope-checked reads for views that audit the access themselves (the person card writes one audit row for the
 * whole card). A refused read is still audited here.
 */
public interface PersonLookup {

    Person scopedGet(Caller caller, long id);

    List<PersonRelation> scopedRelations(Caller caller, long personId);
}
