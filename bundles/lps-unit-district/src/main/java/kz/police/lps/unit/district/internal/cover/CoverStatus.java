package kz.police.lps.unit.district.internal.cover;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Where a cover order stands: in force until its last day, or ended by the head (WF-4). */
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
