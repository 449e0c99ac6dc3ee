package kz.police.lps.unit.juvenile.internal.referral;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Where the materials are: prepared, sent, (parental rights) the Commission's claim filed with the court, decided. */
public enum MaterialsStatus implements Labelled {
    PREPARING(new LocalizedText("дайындалуда", "готовятся", "being prepared")),
    SENT(new LocalizedText("жіберілді", "направлены", "sent")),
    CLAIM_FILED(new LocalizedText("сотқа талап арыз берілді", "иск подан в суд", "claim filed with the court")),
    DECIDED(new LocalizedText("шешім қабылданды", "решение принято", "decided"));

    private final LocalizedText label;

    MaterialsStatus(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
