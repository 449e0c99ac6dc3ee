package kz.police.lps.unit.juvenile.internal.notebook;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Where a notebook entry comes from (N-J7, L900-902): a task of the city/district leadership, or a planned activity. */
public enum EntrySource implements Labelled {
    LEADERSHIP_TASK(new LocalizedText("қалалық, аудандық орган басшылығының тапсырмасы",
            "поручение руководства городского, районного органа", "task from the city/district leadership")),
    PLANNED_ACTIVITY(new LocalizedText("жоспарланған іс-шара", "запланированное мероприятие", "planned activity"));

    private final LocalizedText label;

    EntrySource(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
