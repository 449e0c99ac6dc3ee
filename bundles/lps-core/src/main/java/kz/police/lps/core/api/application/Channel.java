package kz.police.lps.core.api.application;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * How an application or report came in. The textbook names the sources (individuals, legal entities, state bodies,
 * public organisations, L3104-3106), receptions at the district police point (L626-629) and the duty unit's phone
 * (L395-400); the list of channels itself is an inference.
 */
public enum Channel implements Labelled {
    IN_PERSON(new LocalizedText("жеке өзі келіп", "лично", "in person")),
    WRITTEN(new LocalizedText("жазбаша", "письменно", "in writing")),
    PHONE(new LocalizedText("телефон арқылы", "по телефону", "by phone")),
    ELECTRONIC(new LocalizedText("электрондық түрде", "в электронной форме", "electronically")),
    DUTY_UNIT(new LocalizedText("кезекші бөлім арқылы", "через дежурную часть", "through the duty unit")),
    ON_SITE(new LocalizedText("оқиға орнында", "на месте происшествия", "on site")),
    OTHER_BODY(new LocalizedText("басқа органнан", "из другого органа", "from another body"));

    private final LocalizedText label;

    Channel(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
