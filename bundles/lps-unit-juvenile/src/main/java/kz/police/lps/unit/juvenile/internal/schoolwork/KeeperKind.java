package kz.police.lps.unit.juvenile.internal.schoolwork;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Who keeps a school's control file (BR-J18, L1224-1225): the school's inspector, or where there is none the precinct inspector. */
public enum KeeperKind implements Labelled {
    SCHOOL_INSPECTOR(new LocalizedText("білім беру ұйымына бекітілген КТІ УПИ", "школьный инспектор ПДН", "school inspector")),
    PRECINCT_INSPECTOR(new LocalizedText("КТІ УПИ", "участковый инспектор ПДН", "precinct juvenile inspector"));

    private final LocalizedText label;

    KeeperKind(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
