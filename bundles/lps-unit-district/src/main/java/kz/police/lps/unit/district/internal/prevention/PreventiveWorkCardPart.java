package kz.police.lps.unit.district.internal.prevention;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;
import kz.police.lps.unit.district.internal.card.DistrictCardPart;

/**
 * The person's registrations on the preventive register with the placement's basis, the individual preventive work
 * log and the forensic registrations (WF-10). The core's card already alerts on an active registration.
 */
@Component(service = DistrictCardPart.class)
public class PreventiveWorkCardPart implements DistrictCardPart {

    private final PreventiveRegister register;

    @Activate
    public PreventiveWorkCardPart(@Reference PreventiveRegister register) {
        this.register = register;
    }

    @Override
    public String key() {
        return "preventiveWork";
    }

    @Override
    public boolean restricted() {
        return false;
    }

    @Override
    public List<?> entries(Caller caller, Person person) {
        if (!caller.isAdmin() && !caller.hasAnyUnitRole(DistrictAccess.UNIT)) {
            return List.of(); // the unit's records are for its roles; the core's card shows the registration
        }
        return register.ofPerson(caller, person.id());
    }
}
