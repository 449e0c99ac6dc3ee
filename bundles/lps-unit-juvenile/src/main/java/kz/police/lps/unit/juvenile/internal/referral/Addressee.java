package kz.police.lps.unit.juvenile.internal.referral;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** To whom the materials go (L930-937). */
public enum Addressee implements Labelled {
    COURT(new LocalizedText("сот", "суд", "the court")),
    COMMISSION(new LocalizedText("кәмелетке толмағандардың істері және олардың құқықтарын қорғау жөніндегі комиссия", "комиссия по делам несовершеннолетних и защите их прав", "the commission on minors' affairs and the protection of their rights"));

    private final LocalizedText label;

    Addressee(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
