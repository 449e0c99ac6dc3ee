package kz.police.lps.core.api.org;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Urban or rural territory (textbook L326, L329-331): several staffing norms differ between the two. */
public enum SettlementType implements Labelled {
    URBAN(new LocalizedText("қалалық", "городской", "urban")),
    RURAL(new LocalizedText("ауылдық", "сельский", "rural"));

    private final LocalizedText label;

    SettlementType(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
