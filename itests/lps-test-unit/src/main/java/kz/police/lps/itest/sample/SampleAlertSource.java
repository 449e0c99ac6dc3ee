package kz.police.lps.itest.sample;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.unit.CardAlert;
import kz.police.lps.core.api.unit.PersonAlertSource;

/** Raises a DANGER alert on every person, for callers who hold a sample role or lps-admin (need-to-know). */
@Component(service = PersonAlertSource.class)
public class SampleAlertSource implements PersonAlertSource {

    public static final String ALERT_CODE = "sample.danger";

    @Override
    public String unitId() {
        return SampleUnit.ID;
    }

    @Override
    public List<CardAlert> alerts(Caller caller, Person person) {
        if (!caller.isAdmin() && !caller.hasAnyUnitRole(SampleUnit.ID)) {
            return List.of();
        }
        return List.of(new CardAlert(SampleUnit.ID, ALERT_CODE, CardAlert.Severity.DANGER,
                new LocalizedText("Сынақ қауіп белгісі", "Тестовая тревога", "Sample danger")));
    }
}
