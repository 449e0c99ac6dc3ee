package kz.police.lps.unit.district.internal.reception;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * Where a reception schedule stands: drafted at the point, approved by the head of the city/district body (textbook
 * L629-630) and then in force, until a newer approved schedule of the point supersedes it.
 */
public enum ScheduleStatus implements Labelled {
    DRAFT(new LocalizedText("жоба", "проект", "draft")),
    APPROVED(new LocalizedText("бекітілді, қолданыста", "утверждён, действует", "approved, in force")),
    SUPERSEDED(new LocalizedText("жаңасымен ауыстырылды", "заменён новым", "superseded"));

    private final LocalizedText label;

    ScheduleStatus(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
