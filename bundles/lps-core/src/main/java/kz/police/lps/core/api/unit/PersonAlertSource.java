package kz.police.lps.core.api.unit;

import java.util.List;

import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;

/**
 * Whiteboard service: raises alerts about a person (an active protective order, a person under preventive control,
 * a wanted minor). The person card shows the alerts of every installed source, and of every card section, at the
 * top, the most severe first; {@code GET /api/v1/persons/{id}/alerts} lists them alone. A source applies its own
 * need-to-know rules for the caller: it raises nothing the caller may not know of. A source that fails is left out.
 */
public interface PersonAlertSource {

    /** The unit raising the alerts ({@code core} for the core's registers). */
    String unitId();

    List<CardAlert> alerts(Caller caller, Person person);
}
