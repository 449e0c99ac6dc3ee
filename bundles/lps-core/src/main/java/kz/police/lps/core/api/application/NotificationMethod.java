package kz.police.lps.core.api.application;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** How the applicant was told of the decision ("in the statutory manner", L482-483; the list is an inference). */
public enum NotificationMethod implements Labelled {
    IN_PERSON(new LocalizedText("жеке өзіне", "лично", "in person")),
    LETTER(new LocalizedText("хатпен", "письмом", "by letter")),
    PHONE(new LocalizedText("телефон арқылы", "по телефону", "by phone")),
    ELECTRONIC(new LocalizedText("электрондық түрде", "в электронной форме", "electronically"));

    private final LocalizedText label;

    NotificationMethod(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
