package kz.police.lps.unit.juvenile.internal.delivery;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * What became of a delivered (or found) minor: handed to the parents or legal representatives, or, when that is
 * impossible, placed in the adaptation centre by resolution (L1294-1298, L1075-1077).
 */
public enum DeliveryOutcome implements Labelled {
    HANDED_TO_REPRESENTATIVE(new LocalizedText(
            "ата-анасына немесе заңды өкілдеріне берілді",
            "передан родителям или законным представителям",
            "handed to the parents or legal representatives")),
    PLACED_IN_CENTRE(new LocalizedText(
            "КБО-ға орналастырылды",
            "помещён в центр адаптации несовершеннолетних",
            "placed in the adaptation centre"));

    private final LocalizedText label;

    DeliveryOutcome(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
