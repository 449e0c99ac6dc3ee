package kz.police.lps.unit.district.internal.card;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.register.RegisterDefinition;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.RegistrationStatus;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;

/**
 * The person's registrations on the district unit's registers (the preventive register, L643-674; the register of
 * followers of destructive religious movements, L589-606) from the core's register service, latest first. Entries of
 * a restricted register are left out for callers without a role of the unit (the core hides them as well).
 */
@Component(service = DistrictCardPart.class)
public class RegistrationsCardPart implements DistrictCardPart {

    static final int LIMIT = 20;

    /** One line of the card. */
    public record Entry(Long id, String registerId, String groundCode, LocalDate startedOn, RegistrationStatus status,
            LocalDate removedOn) {
    }

    private final RegisterService registers;

    @Activate
    public RegistrationsCardPart(@Reference RegisterService registers) {
        this.registers = registers;
    }

    @Override
    public String key() {
        return "registrations";
    }

    @Override
    public boolean restricted() {
        return false;
    }

    @Override
    public List<Entry> entries(Caller caller, Person person) {
        boolean needToKnow = caller.isAdmin() || caller.hasAnyUnitRole(DistrictAccess.UNIT);
        return registers.history(caller, person.id()).stream()
                .filter(r -> DistrictAccess.UNIT.equals(r.unitId()))
                .filter(r -> needToKnow || !registers.register(r.registerId()).map(RegisterDefinition::restricted)
                        .orElse(true))
                .limit(LIMIT)
                .map(r -> new Entry(r.id(), r.registerId(), r.groundCode(), r.startedOn(), r.status(), r.removedOn()))
                .toList();
    }
}
