package kz.police.lps.unit.juvenile.internal.referral;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** What materials for the court or the Commission are about (domain 4.13). */
public enum MaterialsKind implements Labelled {
    SPECIAL_SCHOOL_REFERRAL(new LocalizedText("арнаулы білім беру ұйымына жіберу", "направление в специальную организацию образования", "referral to a special educational organisation")),
    PARENTAL_RIGHTS(new LocalizedText("ата-ана құқықтарынан айыру немесе шектеу", "лишение или ограничение родительских прав", "deprivation or limitation of parental rights"));

    private final LocalizedText label;

    MaterialsKind(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
