package kz.police.lps.unit.district.internal.presentation;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * The two acts the inspector issues to eliminate the causes and conditions of offences; both are mandatory for the
 * addressee (textbook L110-113, L505-508).
 */
public enum PresentationKind implements Labelled {
    PRESENTATION(new LocalizedText("ұсыныс", "представление", "presentation")),
    INSTRUCTION(new LocalizedText("нұсқама", "предписание", "instruction"));

    private final LocalizedText label;

    PresentationKind(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
