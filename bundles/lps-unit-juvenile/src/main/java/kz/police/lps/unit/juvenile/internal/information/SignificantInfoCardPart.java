package kz.police.lps.unit.juvenile.internal.information;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.card.JuvenileCardPart;

/** The person card's significant-information reports about the person (L951-956), for the unit's readers. */
@Component(service = JuvenileCardPart.class)
public class SignificantInfoCardPart implements JuvenileCardPart {

    private static final int LIMIT = 20;

    private final SignificantInformation information;

    @Activate
    public SignificantInfoCardPart(@Reference SignificantInformation information) {
        this.information = information;
    }

    @Override
    public String key() {
        return "significantInformation";
    }

    @Override
    public List<?> entries(Caller caller, Person person) {
        return information.ofPerson(caller, person.id(), LIMIT);
    }

    @Override
    public boolean holds(long personId) {
        return information.holds(personId);
    }
}
