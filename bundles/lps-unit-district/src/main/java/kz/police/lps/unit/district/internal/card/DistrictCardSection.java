package kz.police.lps.unit.district.internal.card;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.unit.CardAlert;
import kz.police.lps.core.api.unit.PersonCardContributor;
import kz.police.lps.core.api.unit.PersonCardSection;
import kz.police.lps.unit.district.internal.DistrictAccess;

/**
 * The district unit's section of the person card: every {@link DistrictCardPart} with entries for the person, under
 * its key. Restricted parts are left out for callers without a role of the unit. A failing part is left out and
 * logged; the rest of the card is still shown.
 */
@Component(service = PersonCardContributor.class)
public class DistrictCardSection implements PersonCardContributor {

    private static final Logger LOG = LoggerFactory.getLogger(DistrictCardSection.class);
    private static final LocalizedText TITLE = new LocalizedText("Учаскелік полиция инспекторлары",
            "Участковые инспекторы полиции", "District police inspectors");

    private final List<DistrictCardPart> parts = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPart(DistrictCardPart part) {
        parts.add(part);
    }

    void removePart(DistrictCardPart part) {
        parts.remove(part);
    }

    @Override
    public String unitId() {
        return DistrictAccess.UNIT;
    }

    @Override
    public Optional<PersonCardSection> section(Caller caller, Person person) {
        boolean reader = caller.isAdmin() || caller.hasAnyUnitRole(DistrictAccess.UNIT);
        Map<String, Object> data = new LinkedHashMap<>();
        List<CardAlert> alerts = new ArrayList<>();
        for (DistrictCardPart part : parts) {
            if (part.restricted() && !reader) {
                continue;
            }
            try {
                DistrictCardPart.Shown shown = part.show(caller, person);
                if (!shown.entries().isEmpty()) {
                    data.put(part.key(), shown.entries());
                }
                alerts.addAll(shown.alerts());
            } catch (RuntimeException e) {
                LOG.warn("Card part {} failed for person {}: {}", part.key(), person.id(), e.toString());
            }
        }
        if (data.isEmpty() && alerts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PersonCardSection(DistrictAccess.UNIT, TITLE, false, data, alerts));
    }
}
