package kz.police.lps.core.api.unit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;

/**
 * The parts of one unit's card section, as its {@link PersonCardContributor} tracks them (whiteboard: the contributor
 * binds its unit's {@link CardPart} services dynamically and hands them here). Gathers every part with entries for a
 * person under its key; restricted parts are left out for a reader without a role of the unit; a failing part is left
 * out and logged, the rest of the card is still shown. Thread-safe.
 */
public final class CardParts<P extends CardPart> {

    private static final Logger LOG = LoggerFactory.getLogger(CardParts.class);

    private final String unitId;
    private final LocalizedText title;
    private final List<P> parts = new CopyOnWriteArrayList<>();

    public CardParts(String unitId, LocalizedText title) {
        this.unitId = unitId;
        this.title = title;
    }

    public void add(P part) {
        parts.add(part);
    }

    public void remove(P part) {
        parts.remove(part);
    }

    /** The parts bound now. */
    public List<P> parts() {
        return List.copyOf(parts);
    }

    /** The parts' entries and alerts; {@code reader}: whether the caller may see restricted parts. */
    public Optional<PersonCardSection> section(Caller caller, Person person, boolean reader) {
        Map<String, Object> data = new LinkedHashMap<>();
        List<CardAlert> alerts = new ArrayList<>();
        for (P part : parts) {
            if (part.restricted() && !reader) {
                continue;
            }
            try {
                CardPart.Shown shown = part.show(caller, person);
                if (!shown.entries().isEmpty()) {
                    data.put(part.key(), shown.entries());
                }
                alerts.addAll(shown.alerts());
            } catch (RuntimeException e) {
                LOG.warn("Card part {} of unit {} failed for person {}: {}", part.key(), unitId, person.id(),
                        e.toString());
            }
        }
        if (data.isEmpty() && alerts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PersonCardSection(unitId, title, false, data, alerts));
    }
}
