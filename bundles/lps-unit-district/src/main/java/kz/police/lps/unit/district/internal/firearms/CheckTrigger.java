package kz.police.lps.unit.district.internal.firearms;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Why a firearm owner was checked: the yearly check, or an assignment by the weapons-control unit (L541-548). */
public enum CheckTrigger implements Labelled {
    ANNUAL(new LocalizedText("жыл сайынғы тексеру", "ежегодная проверка", "annual check")),
    ASSIGNED(new LocalizedText("АҚҚАБ тапсырмасы бойынша", "по поручению подразделения контроля оборота оружия",
            "assigned by the weapons-control unit"));

    private final LocalizedText label;

    CheckTrigger(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
