package kz.police.lps.unit.district.internal.card;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.unit.CardParts;
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

    private static final LocalizedText TITLE = new LocalizedText("Учаскелік полиция инспекторлары",
            "Участковые инспекторы полиции", "District police inspectors");

    private final DistrictAccess access;
    private final CardParts<DistrictCardPart> parts = new CardParts<>(DistrictAccess.UNIT, TITLE);

    @Activate
    public DistrictCardSection(@Reference DistrictAccess access) {
        this.access = access;
    }

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
        return parts.section(caller, person, access.isReader(caller));
    }
}
