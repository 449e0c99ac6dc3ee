package kz.police.lps.unit.juvenile.internal.inbound;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** How a line of a probation list compares with the register of minors. */
public enum Reconciliation implements Labelled {
    CONSISTENT(new LocalizedText("сәйкес", "соответствует", "consistent with the register")),
    NOT_REGISTERED(new LocalizedText("пробацияда тұр, бірақ профилактикалық есепте жоқ", "на учёте пробации, но не на профилактическом учёте", "on probation but not on the preventive register")),
    REMOVED_BUT_REGISTERED(new LocalizedText("пробация есебінен шығарылған, бірақ профилактикалық есепте тұр", "снят с учёта пробации, но состоит на профилактическом учёте", "removed from probation but still on the preventive register")),
    UNKNOWN_PERSON(new LocalizedText("ЖСН бойынша адам табылмады", "лицо по ИИН не найдено", "no person with this IIN"));

    private final LocalizedText label;

    Reconciliation(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
