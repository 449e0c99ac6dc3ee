package kz.police.lps.unit.district.internal.precinct;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * The sections of a precinct passport: the precinct's socio-economic, demographic and other features and the state of
 * law and order (L613-616), and the log of handovers (L348-349), which only a handover writes.
 */
public enum PassportSection implements Labelled {
    SOCIO_ECONOMIC(new LocalizedText("әлеуметтік-экономикалық ерекшеліктері", "социально-экономические особенности",
            "socio-economic features")),
    DEMOGRAPHIC(new LocalizedText("демографиялық ерекшеліктері", "демографические особенности",
            "demographic features")),
    OTHER_FEATURES(new LocalizedText("басқа да ерекшеліктері", "иные особенности", "other features")),
    LAW_AND_ORDER(new LocalizedText("құқықтық тәртіптің жай-күйі", "состояние правопорядка",
            "state of law and order")),
    HANDOVER(new LocalizedText("учаскені қабылдау-тапсыру", "приём-передача участка", "precinct handover"));

    private final LocalizedText label;

    PassportSection(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** Whether inspectors write the section themselves (every section but the handover log). */
    public boolean writable() {
        return this != HANDOVER;
    }
}
