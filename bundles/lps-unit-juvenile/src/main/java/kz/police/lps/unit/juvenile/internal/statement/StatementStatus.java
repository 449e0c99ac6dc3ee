package kz.police.lps.unit.juvenile.internal.statement;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** A monthly statement's way (WF-J4): drafted, submitted to the unit's head, generalised by the head (L902-906). */
public enum StatementStatus implements Labelled {
    DRAFT(new LocalizedText("жоба", "черновик", "draft")),
    SUBMITTED(new LocalizedText("ұсынылды", "представлена", "submitted")),
    GENERALISED(new LocalizedText("жалпыланды", "обобщена", "generalised"));

    private final LocalizedText label;

    StatementStatus(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
