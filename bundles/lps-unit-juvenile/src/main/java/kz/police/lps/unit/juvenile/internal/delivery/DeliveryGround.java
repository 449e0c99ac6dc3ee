package kz.police.lps.unit.juvenile.internal.delivery;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Why a minor was delivered to the IAB (WF-J7 step 1): an offence, being unattended or homeless (L1336-1338), intoxication in a public place (L971-975), an administrative offence (L1033-1034). */
public enum DeliveryGround implements Labelled {
    OFFENCE(new LocalizedText("құқық бұзушылық жасағаны үшін", "совершение правонарушения", "offence")),
    UNATTENDED_OR_HOMELESS(new LocalizedText("қадағалаусыз немесе панасыз қалғаны үшін", "безнадзорность или беспризорность", "unattended or homeless")),
    INTOXICATION_IN_PUBLIC(new LocalizedText("қоғамдық орында масаң күйде болғаны үшін", "нахождение в общественном месте в состоянии опьянения", "intoxication in a public place")),
    ADMINISTRATIVE_OFFENCE(new LocalizedText("әкімшілік құқық бұзушылық", "административное правонарушение", "administrative offence"));

    private final LocalizedText label;

    DeliveryGround(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
