package kz.police.lps.unit.juvenile.internal.cover;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Where a cover order stands (WF-J3): in force until its last day, or ended early by the head. */
public enum CoverStatus implements Labelled {
    ACTIVE(new LocalizedText("күшінде", "действует", "in force")),
    ENDED(new LocalizedText("аяқталды", "завершён", "ended"));

    private final LocalizedText label;

    CoverStatus(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
