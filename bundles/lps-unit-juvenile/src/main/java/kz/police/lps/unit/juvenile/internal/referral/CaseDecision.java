package kz.police.lps.unit.juvenile.internal.referral;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** The decision of the court or the Commission. */
public enum CaseDecision implements Labelled {
    GRANTED(new LocalizedText("қанағаттандырылды", "удовлетворено", "granted")),
    REFUSED(new LocalizedText("бас тартылды", "отказано", "refused"));

    private final LocalizedText label;

    CaseDecision(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
