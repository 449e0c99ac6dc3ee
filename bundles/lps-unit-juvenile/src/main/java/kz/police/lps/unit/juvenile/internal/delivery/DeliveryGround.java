package kz.police.lps.unit.juvenile.internal.delivery;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * Why a minor was delivered to the IAB (WF-J7 step 1): an offence, being unattended or homeless (L1336-1338),
 * intoxication in a public place (L971-975), an administrative offence (L1033-1034).
 */
public enum DeliveryGround implements Labelled {
    OFFENCE(new LocalizedText("құқық бұзушылық жасағаны үшін", "совершение правонарушения", "offence"), "L1336-1338"),
    UNATTENDED_OR_HOMELESS(new LocalizedText(
            "қадағалаусыз немесе панасыз қалғаны үшін",
            "безнадзорность или беспризорность",
            "unattended or homeless"),
            "L1336-1338"),
    INTOXICATION_IN_PUBLIC(new LocalizedText(
            "қоғамдық орында масаң күйде болғаны үшін",
            "нахождение в общественном месте в состоянии опьянения",
            "intoxication in a public place"),
            "L971-975"),
    ADMINISTRATIVE_OFFENCE(new LocalizedText(
            "әкімшілік құқық бұзушылық",
            "административное правонарушение",
            "administrative offence"),
            "L1033-1034");

    private final LocalizedText label;
    private final String lines;

    DeliveryGround(LocalizedText label, String lines) {
        this.label = label;
        this.lines = lines;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** The textbook lines of the ground. */
    public String lines() {
        return lines;
    }
}
