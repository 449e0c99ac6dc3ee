package kz.police.lps.unit.district.internal.destructive;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Who receives the 10-day information (textbook L591-594). */
public enum InformationRecipient implements Labelled {
    COUNTER_EXTREMISM_UNIT(new LocalizedText("экстремизмге қарсы іс-қимыл бөлінісі",
            "подразделение по противодействию экстремизму", "counter-extremism unit")),
    CRIMINAL_POLICE_OFFICER(new LocalizedText("осы функция жүктелген криминалдық полиция қызметкері",
            "сотрудник криминальной полиции, на которого возложена эта функция",
            "criminal-police officer charged with that function"));

    private final LocalizedText label;

    InformationRecipient(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
