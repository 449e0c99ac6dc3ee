package kz.police.lps.unit.district.internal.prevention;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * The kind of document a preventive placement rests on (textbook L648-674: the grounds name a court decision or
 * verdict, the decision establishing administrative supervision, the decision on conditional early release or on
 * release, a protective order). Which kind goes with which ground the text does not say, so any kind is accepted.
 */
public enum BasisKind implements Labelled {
    COURT_DECISION(new LocalizedText("сот шешімі", "решение суда", "court decision")),
    COURT_VERDICT(new LocalizedText("сот үкімі", "приговор суда", "court verdict")),
    SUPERVISION_DECISION(new LocalizedText("әкімшілік қадағалау белгілеу туралы шешім",
            "решение об установлении административного надзора", "decision establishing administrative supervision")),
    RELEASE_DECISION(new LocalizedText("босату туралы шешім", "решение об освобождении", "release decision")),
    PROTECTIVE_ORDER(new LocalizedText("қорғау нұсқамасы", "защитное предписание", "protective order"));

    private final LocalizedText label;

    BasisKind(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
