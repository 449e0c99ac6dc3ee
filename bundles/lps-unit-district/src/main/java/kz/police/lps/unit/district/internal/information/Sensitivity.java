package kz.police.lps.unit.district.internal.information;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * Who may read a significant-information message (the sensitivity field is an inference, domain §4.18): ordinary
 * messages are for the interested IAB units (any role that reads persons, in scope); restricted ones need-to-know,
 * for the district unit's roles and {@code lps-admin} only.
 */
public enum Sensitivity implements Labelled {
    ORDINARY(new LocalizedText("қарапайым", "обычная", "ordinary")),
    RESTRICTED(new LocalizedText("шектеулі", "ограниченного доступа", "restricted"));

    private final LocalizedText label;

    Sensitivity(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
