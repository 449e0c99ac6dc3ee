package kz.police.lps.core.api.unit;

import java.util.List;

import kz.police.lps.core.api.security.Caller;

/** Assembles a {@link PersonCard} from the core person and the registered {@link PersonCardContributor}s. */
public interface PersonCardService {

    PersonCard card(Caller caller, long personId);

    /** Only the alerts at the top of the card: every {@link PersonAlertSource}'s and every section's (audited). */
    List<CardAlert> alerts(Caller caller, long personId);
}
