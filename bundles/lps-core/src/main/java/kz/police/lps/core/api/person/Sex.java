package kz.police.lps.core.api.person;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

public enum Sex implements Labelled {
    MALE(new LocalizedText("ер", "мужской", "male")),
    FEMALE(new LocalizedText("әйел", "женский", "female"));

    private final LocalizedText label;

    Sex(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
