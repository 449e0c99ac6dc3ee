package kz.police.lps.core.api.unit;

import kz.police.lps.core.api.security.Caller;

/** Assembles a {@link PersonCard} from the core person and the registered {@link PersonCardContributor}s. */
public interface PersonCardService {

    PersonCard card(Caller caller, long personId);
}
