package kz.police.lps.unit.juvenile.internal.delivery;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * Where a delivered minor stands (WF-J7; the statuses are the extraction's inference): registered in the journal
 * (identity established, L1265-1274), questioned with a parent or legal representative present (L1279-1280), checked
 * against the records (L1282-1292), then handed to the representative or placed in the adaptation centre
 * (L1294-1298).
 */
public enum DeliveryStatus implements Labelled {
    DELIVERED(new LocalizedText("жеткізілді", "доставлен", "delivered")),
    QUESTIONED(new LocalizedText("сұралды", "опрошен", "questioned")),
    CHECKED(new LocalizedText("тексерілді", "проверен", "checked")),
    HANDED_OVER(new LocalizedText(
            "ата-анасына (заңды өкіліне) берілді",
            "передан родителям (законному представителю)",
            "handed over")),
    PLACED(new LocalizedText("КБО-ға орналастырылды", "помещён в ЦАН", "placed in the adaptation centre"));

    private final LocalizedText label;

    DeliveryStatus(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** Whether the outcome (hand-over or placement) has been recorded. */
    public boolean decided() {
        return this == HANDED_OVER || this == PLACED;
    }
}
