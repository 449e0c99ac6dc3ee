package kz.police.lps.unit.district.internal.destructive;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.card.DistrictCardPart;

/**
 * The person's monitoring as a follower of a destructive religious movement: information reports and absences per
 * registration. Need-to-know: shown only to the unit's roles and {@code lps-admin}.
 */
@Component(service = DistrictCardPart.class)
public class DestructiveMovementsCardPart implements DistrictCardPart {

    private final DestructiveMovements movements;

    @Activate
    public DestructiveMovementsCardPart(@Reference DestructiveMovements movements) {
        this.movements = movements;
    }

    @Override
    public String key() {
        return "destructiveMovements";
    }

    @Override
    public boolean restricted() {
        return true;
    }

    @Override
    public List<?> entries(Caller caller, Person person) {
        return movements.ofPerson(caller, person.id());
    }
}
