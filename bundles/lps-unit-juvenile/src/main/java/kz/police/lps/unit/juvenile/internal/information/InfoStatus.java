package kz.police.lps.unit.juvenile.internal.information;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** The way of a significant-information report (WF-J6, L951-956): reported, signed, checked, filed. */
public enum InfoStatus implements Labelled {
    REPORTED(new LocalizedText("баянатпен хабарланды", "доложено рапортом", "reported")),
    SIGNED(new LocalizedText("басшылық қол қойды", "подписано руководством", "signed by management")),
    CHECKED(new LocalizedText("тексерілді", "проверено", "checked")),
    FILED(new LocalizedText("жинақтау ісіне тігілді", "подшито в накопительное дело", "filed"));

    private final LocalizedText label;

    InfoStatus(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
