package kz.police.lps.unit.juvenile.internal.prevention;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * What an entry of a registered person's preventive work is: individual preventive conversations and home visits
 * (US-J22, L1149-1151, L1248), or an act of inspection of housing and living conditions (US-J36, L1194-1199,
 * L1250-1251).
 */
public enum RecordKind implements Labelled {
    CONVERSATION(new LocalizedText("жеке профилактикалық әңгіме", "индивидуальная профилактическая беседа",
            "individual preventive conversation")),
    HOME_VISIT(new LocalizedText("тұрғылықты жері бойынша бару", "посещение по месту жительства", "home visit")),
    OTHER(new LocalizedText("өзге профилактикалық іс-шара", "иное профилактическое мероприятие",
            "other preventive measure")),
    LIVING_CONDITIONS_ACT(new LocalizedText("тұрғын үй-тұрмыстық жағдайларын тексеру актісі",
            "акт обследования жилищно-бытовых условий", "housing and living-conditions inspection act"));

    private final LocalizedText label;

    RecordKind(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    public boolean isAct() {
        return this == LIVING_CONDITIONS_ACT;
    }
}
