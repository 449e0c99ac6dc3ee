package kz.police.lps.unit.district.internal.reception;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * What a reception is filed as in the core's applications intake, besides its journal entry (WF-9): a report of an
 * incident or offence (textbook L478-483) or an appeal that needs a decision (L626-630). The kind codes are the
 * unit's, declared in {@code lps/application-kinds.json}.
 */
public enum ReceptionFiling implements Labelled {
    OFFENCE_REPORT("district.offence-report", new LocalizedText("оқиға, құқық бұзушылық туралы арыз, хабарлама",
            "заявление, сообщение о происшествии, правонарушении", "report of an incident or offence")),
    APPEAL("district.citizen-reception", new LocalizedText("қабылдаудағы жүгіну", "обращение на приёме",
            "appeal made at the reception"));

    private final String kindCode;
    private final LocalizedText label;

    ReceptionFiling(String kindCode, LocalizedText label) {
        this.kindCode = kindCode;
        this.label = label;
    }

    /** The application kind it is registered as. */
    public String kindCode() {
        return kindCode;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
