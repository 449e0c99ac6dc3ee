package kz.police.lps.unit.juvenile.internal.card;

import java.util.List;
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
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;

/**
 * The juvenile unit's section of the person card, from every {@link JuvenileCardPart}. Records about minors are
 * need-to-know (issue 6): a reader with a role of the unit, or {@code lps-admin}, sees each part's entries and alerts
 * (each part audits its read); any other reader learns only that the unit holds a record about the person (a
 * restricted section without content), and nothing at all when it holds none.
 */
@Component(service = PersonCardContributor.class)
public class JuvenileCardSection implements PersonCardContributor {

    private static final LocalizedText TITLE = new LocalizedText("Кәмелетке толмағандар істері жөніндегі инспекторлар",
            "Инспекторы по делам несовершеннолетних", "Juvenile-affairs inspectors");

    private final JuvenileAccess access;
    private final CardParts<JuvenileCardPart> parts = new CardParts<>(JuvenileAccess.UNIT, TITLE);

    @Activate
    public JuvenileCardSection(@Reference JuvenileAccess access) {
        this.access = access;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPart(JuvenileCardPart part) {
        parts.add(part);
    }

    void removePart(JuvenileCardPart part) {
        parts.remove(part);
    }

    @Override
    public String unitId() {
        return JuvenileAccess.UNIT;
    }

    @Override
    public Optional<PersonCardSection> section(Caller caller, Person person) {
        if (access.isReader(caller)) {
            return parts.section(caller, person, true);
        }
        // whether a record exists is the platform's to know; its content is the unit's readers' only
        boolean holds = parts.parts().stream().anyMatch(p -> p.holds(person.id()));
        return holds ? Optional.of(new PersonCardSection(JuvenileAccess.UNIT, TITLE, true, null, List.of()))
                : Optional.empty();
    }
}
