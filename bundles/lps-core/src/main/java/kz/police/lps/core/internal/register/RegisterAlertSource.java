package kz.police.lps.core.internal.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;
import kz.police.lps.core.api.audit.AuditService;
import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.register.RegisterDefinition;
import kz.police.lps.core.api.register.RegisterGround;
import kz.police.lps.core.api.register.RegisterService;
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

    private final RegisterStore registers;
    private final AuditService audit;

    @Activate
    public RegisterAlertSource(@Reference RegisterStore registers, @Reference AuditService audit) {
        this.registers = registers;
        this.audit = audit;
    }

    @Override
    public String unitId() {
        return CORE;
    }

    @Override
    public List<CardAlert> alerts(Caller caller, Person person) {
        List<CardAlert> alerts = new ArrayList<>();
        for (RegisterStore.Active r : registers.activeOf(person.id())) {
            Optional<RegisterDefinition> register = registers.catalog().register(r.registerId());
            if (register.isEmpty() || !RegisterAccess.reads(caller, register.get())
                    || !caller.scope().covers(r.departmentPath())) {
                continue;
            }
            LocalizedText ground = registers.catalog().ground(r.groundCode()).map(RegisterGround::name)
                    .orElse(new LocalizedText(r.groundCode(), r.groundCode(), r.groundCode()));
            alerts.add(alert(register.get(), ground));
            audit.record(caller, AuditAction.READ, AuditOutcome.SUCCESS, RegisterService.SUBJECT, r.id(),
                    r.departmentId(), "card alert");
        }
        return alerts;
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
