package kz.police.lps.core.api.task;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Where a task stands. Only {@link #OPEN} tasks are re-routed and escalated. */
public enum TaskStatus implements Labelled {
    OPEN(new LocalizedText("орындалуда", "в работе", "open")),
    DONE(new LocalizedText("орындалды", "выполнено", "done")),
    CANCELLED(new LocalizedText("тоқтатылды", "отменено", "cancelled"));

    private final LocalizedText label;

    TaskStatus(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
