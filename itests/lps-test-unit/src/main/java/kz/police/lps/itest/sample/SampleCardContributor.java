package kz.police.lps.itest.sample;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.person.Person;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.unit.CardAlert;
import kz.police.lps.core.api.unit.PersonCardContributor;
import kz.police.lps.core.api.unit.PersonCardSection;

/** Contributes a section with one WARNING alert to every person's card. */
@Component(service = PersonCardContributor.class)
public class SampleCardContributor implements PersonCardContributor {

    public static final String ALERT_CODE = "sample.alert";

    @Override
    public String unitId() {
        return SampleUnit.ID;
    }

    @Override
    public Optional<PersonCardSection> section(Caller caller, Person person) {
        CardAlert alert = new CardAlert(SampleUnit.ID, ALERT_CODE, CardAlert.Severity.WARNING,
                new LocalizedText("Сынақ ескертуі", "Тестовое предупреждение", "Sample alert"));
        return Optional.of(new PersonCardSection(SampleUnit.ID,
                new LocalizedText("Сынақ бөлімі", "Тестовый раздел", "Sample section"), false,
                Map.of("note", "sample section for " + person.iin()), List.of(alert)));
    }
}
