package kz.police.lps.core.api.norm;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

public enum ActKind implements Labelled {
    LAW(new LocalizedText("Заң", "Закон", "Law")),
    CODE(new LocalizedText("Кодекс", "Кодекс", "Code")),
    PRESIDENTIAL_ACT(new LocalizedText("Президент актісі", "Акт Президента", "Presidential act")),
    GOVERNMENT_DECREE(new LocalizedText("Үкімет қаулысы", "Постановление Правительства", "Government decree")),
    MIA_ORDER(new LocalizedText("ІІМ бұйрығы", "Приказ МВД", "MIA order")),
    OTHER(new LocalizedText("Басқа құжат", "Иной документ", "Other document"));

    private final LocalizedText label;

    ActKind(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
