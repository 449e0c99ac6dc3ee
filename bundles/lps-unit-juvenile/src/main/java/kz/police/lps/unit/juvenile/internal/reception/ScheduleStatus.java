package kz.police.lps.unit.juvenile.internal.reception;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** A reception schedule's way: proposed, approved by the head (in force, one per officer), superseded. */
public enum ScheduleStatus implements Labelled {
    DRAFT(new LocalizedText("жоба", "проект", "draft")),
    APPROVED(new LocalizedText("бекітілді (қолданыста)", "утверждён (действует)", "approved (in force)")),
    SUPERSEDED(new LocalizedText("ауыстырылды", "заменён", "superseded"));

    private final LocalizedText label;

    ScheduleStatus(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
