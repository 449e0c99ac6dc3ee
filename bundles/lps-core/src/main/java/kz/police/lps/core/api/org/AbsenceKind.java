package kz.police.lps.core.api.org;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Why an officer is away (textbook L369-374: leave, illness, study, business trip ...). */
public enum AbsenceKind implements Labelled {
    LEAVE(new LocalizedText("еңбек демалысы", "отпуск", "leave")),
    SICK_LEAVE(new LocalizedText("науқастану", "болезнь", "sick leave")),
    STUDY(new LocalizedText("оқу", "учёба", "study")),
    BUSINESS_TRIP(new LocalizedText("іссапар", "командировка", "business trip")),
    OTHER(new LocalizedText("басқа себеп", "иная причина", "other"));

    private final LocalizedText label;

    AbsenceKind(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
