package kz.police.lps.unit.juvenile.internal.reception;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * What a reception is also registered as in the core's applications intake: a citizen's report of an offence or an
 * appeal that needs a decision; both are of the unit's restricted kind {@code juvenile.citizen-reception} (L945-949).
 */
public enum ReceptionFiling implements Labelled {
    OFFENCE_REPORT(new LocalizedText("құқық бұзушылық туралы арыз, хабарлама", "заявление, сообщение о правонарушении",
            "report of an offence")),
    APPEAL(new LocalizedText("қабылдаудағы жүгіну", "обращение на приёме", "appeal made at the reception"));

    /** The unit's application kind (lps/application-kinds.json). */
    public static final String KIND = "juvenile.citizen-reception";

    private final LocalizedText label;

    ReceptionFiling(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
