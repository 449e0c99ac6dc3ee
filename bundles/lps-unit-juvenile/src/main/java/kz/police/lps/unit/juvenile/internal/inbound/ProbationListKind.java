package kz.police.lps.unit.juvenile.internal.inbound;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Which monthly probation list a line comes from (L1491-1495). */
public enum ProbationListKind implements Labelled {
    REGISTERED(new LocalizedText("пробация есебіне қойылғандар", "поставленные на учёт пробации", "registered with probation")),
    REMOVED(new LocalizedText("пробация есебінен шығарылғандар", "снятые с учёта пробации", "removed from probation"));

    private final LocalizedText label;

    ProbationListKind(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
