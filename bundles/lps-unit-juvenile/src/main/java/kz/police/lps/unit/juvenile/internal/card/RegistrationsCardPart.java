package kz.police.lps.unit.juvenile.internal.card;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.juvenile.internal.JuvenileAccess;

/**
 * The person's registrations on the unit's preventive registers (of minors and of parents, L1346-1377), active and
 * removed, read with the reader's rights (the core audits the read). The card's alert for an active registration
 * comes from the core's register framework.
 */
@Component(service = JuvenileCardPart.class)
public class RegistrationsCardPart implements JuvenileCardPart {

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
    public boolean holds(long personId) {
        return !ours(registers.history(Caller.system(JuvenileAccess.UNIT), personId)).isEmpty();
    }

    @Override
    public List<?> entries(Caller caller, Person person) {
        return ours(registers.history(caller, person.id())).stream().map(RegistrationsCardPart::entry).toList();
    }

    private static List<Registration> ours(List<Registration> registrations) {
        return registrations.stream().filter(r -> JuvenileAccess.UNIT.equals(r.unitId())).toList();
    }

    private static Map<String, Object> entry(Registration r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("registerId", r.registerId());
        m.put("groundCode", r.groundCode());
        m.put("status", r.status());
        m.put("startedOn", r.startedOn());
        m.put("removedOn", r.removedOn());
        return m;
    }
}
