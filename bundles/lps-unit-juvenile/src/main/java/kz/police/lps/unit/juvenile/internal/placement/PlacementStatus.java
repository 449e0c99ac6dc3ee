package kz.police.lps.unit.juvenile.internal.placement;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * Whether the minor is in the adaptation centre. Leaving it (release, length of stay, transfer) is not in the
 * textbook (domain 4.10 gap): LEFT records only the date and to whom.
 */
public enum PlacementStatus implements Labelled {
    IN_CENTRE(new LocalizedText("КБО-да", "в ЦАН", "in the adaptation centre")),
    LEFT(new LocalizedText("КБО-дан шықты", "выбыл из ЦАН", "left the centre"));

    private final LocalizedText label;

    PlacementStatus(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
