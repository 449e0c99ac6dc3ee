package kz.police.lps.unit.district.internal.workplan;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** A monthly work plan is drafted, then approved by the head (BR-20, L430-431); an approved plan does not change. */
public enum WorkPlanStatus implements Labelled {
    DRAFT(new LocalizedText("жоба", "проект", "draft")),
    APPROVED(new LocalizedText("бекітілді", "утверждён", "approved"));

    private final LocalizedText label;

    WorkPlanStatus(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
