package kz.police.lps.unit.juvenile.internal.referral;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** The grounds of the materials: for a special-school referral only deliberate evasion of schooling or a criminal offence (BR-J44, L1201-1206); for a parental-rights case deprivation or limitation (L1208-1214). */
public enum MaterialsGround implements Labelled {
    EVASION_OF_SCHOOLING(new LocalizedText("оқудан қасақана жалтару", "злостное уклонение от обучения", "deliberate evasion of schooling")),
    CRIMINAL_OFFENCE(new LocalizedText("қылмыстық құқық бұзушылық жасау", "совершение уголовного правонарушения", "criminal offence committed")),
    DEPRIVATION(new LocalizedText("ата-ана құқықтарынан айыру", "лишение родительских прав", "deprivation of parental rights")),
    LIMITATION(new LocalizedText("ата-ана құқықтарын шектеу", "ограничение родительских прав", "limitation of parental rights"));

    private final LocalizedText label;

    MaterialsGround(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
