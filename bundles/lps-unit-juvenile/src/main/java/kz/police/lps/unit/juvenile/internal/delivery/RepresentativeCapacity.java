package kz.police.lps.unit.juvenile.internal.delivery;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * In what capacity the adult present at the questioning acts for the minor (N-J31, L1279-1280): taken from the core's
 * person relations when they record it, else as the inspector states it.
 */
public enum RepresentativeCapacity implements Labelled {
    PARENT(new LocalizedText("ата-ана", "родитель", "parent")),
    GUARDIAN(new LocalizedText("қорғаншы (қамқоршы)", "опекун (попечитель)", "guardian")),
    OTHER_LEGAL_REPRESENTATIVE(new LocalizedText(
            "өзге заңды өкіл",
            "иной законный представитель",
            "other legal representative"));

    private final LocalizedText label;

    RepresentativeCapacity(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
