package kz.police.lps.core.api.register;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * What a check found. {@link #ABSENT} matters to units with an absence workflow (a follower of a destructive
 * religious movement found absent from home must be reported at once, textbook L598-604).
 */
public enum CheckResult implements Labelled {
    NO_VIOLATIONS(new LocalizedText("бұзушылық жоқ", "нарушений нет", "no violations")),
    VIOLATIONS(new LocalizedText("бұзушылық анықталды", "выявлены нарушения", "violations found")),
    ABSENT(new LocalizedText("тұрғылықты жерінде жоқ", "отсутствует по месту жительства", "absent from home")),
    OTHER(new LocalizedText("басқа", "другое", "other"));

    private final LocalizedText label;

    CheckResult(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
