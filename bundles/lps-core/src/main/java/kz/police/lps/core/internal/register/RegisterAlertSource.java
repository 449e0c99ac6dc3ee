package kz.police.lps.core.internal.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.register.RegisterDefinition;
import kz.police.lps.core.api.register.RegisterGround;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.unit.CardAlert;
import kz.police.lps.core.api.unit.PersonAlertSource;

/**
 * The person card's alerts for the registers: one per active registration of the person on an installed register
 * the caller may see (need-to-know and data scope), with the register's severity. Each alert shown is audited as a
 * read of the registration.
 */
@Component(service = PersonAlertSource.class)
public class RegisterAlertSource implements PersonAlertSource {

    static final String CORE = "core";

    private final RegisterServiceImpl registers;

    @Activate
    public RegisterAlertSource(@Reference RegisterServiceImpl registers) {
        this.registers = registers;
    }

    @Override
    public String unitId() {
        return CORE;
    }

    @Override
    public List<CardAlert> alerts(Caller caller, Person person) {
        List<CardAlert> alerts = new ArrayList<>();
        List<Registration> shown = new ArrayList<>();
        for (Registration r : registers.activeOf(person.id())) {
            Optional<RegisterDefinition> register = registers.catalog().register(r.registerId());
            if (register.isEmpty() || !RegisterAccess.reads(caller, register.get())
                    || !visible(caller, r)) {
                continue;
            }
            LocalizedText ground = registers.catalog().ground(r.groundCode()).map(RegisterGround::name)
                    .orElse(new LocalizedText(r.groundCode(), r.groundCode(), r.groundCode()));
            alerts.add(alert(register.get(), ground));
            shown.add(r);
        }
        registers.auditAlerts(caller, shown);
        return alerts;
    }

    private boolean visible(Caller caller, Registration r) {
        return registers.departmentPath(r.departmentId()).map(p -> caller.scope().covers(p)).orElse(false);
    }

    /** "On the register: name (ground)", in the three languages. */
    static CardAlert alert(RegisterDefinition register, LocalizedText ground) {
        LocalizedText name = register.name();
        LocalizedText text = new LocalizedText(
                "Есепте тұр: " + name.kk() + " (" + ground.kk() + ")",
                "Состоит на учёте: " + name.ru() + " (" + ground.ru() + ")",
                "On the register: " + name.en() + " (" + ground.en() + ")");
        return new CardAlert(register.unitId(), "register:" + register.id(), register.alert(), text);
    }
}
