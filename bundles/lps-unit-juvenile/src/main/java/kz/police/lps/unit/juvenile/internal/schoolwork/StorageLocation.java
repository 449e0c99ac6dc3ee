package kz.police.lps.unit.juvenile.internal.schoolwork;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Where a control file is stored (BR-J18, L1226-1227). */
public enum StorageLocation implements Labelled {
    SCHOOL(new LocalizedText("білім беру ұйымында", "в организации образования", "at the school")),
    INSPECTOR_OFFICE(new LocalizedText("КТІ УПИ қызметтік кабинетінде", "в служебном кабинете инспектора", "in the inspector's office"));

    private final LocalizedText label;

    StorageLocation(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
