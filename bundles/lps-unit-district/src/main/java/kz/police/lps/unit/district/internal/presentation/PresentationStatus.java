package kz.police.lps.unit.district.internal.presentation;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * Where a presentation or instruction stands (WF-13; the statuses are an inference, the text only says it is
 * mandatory, L507): issued, the addressee's response received, then executed or not. An addressee who never responds
 * has not executed it: ISSUED may go straight to NOT_EXECUTED, never straight to EXECUTED.
 */
public enum PresentationStatus implements Labelled {
    ISSUED(new LocalizedText("берілді", "внесено", "issued")),
    RESPONSE_RECEIVED(new LocalizedText("жауап алынды", "получен ответ", "response received")),
    EXECUTED(new LocalizedText("орындалды", "исполнено", "executed")),
    NOT_EXECUTED(new LocalizedText("орындалмады", "не исполнено", "not executed"));

    private final LocalizedText label;

    PresentationStatus(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** Whether a presentation in this status may move to {@code next}. */
    public boolean mayBecome(PresentationStatus next) {
        return switch (this) {
            case ISSUED -> next == RESPONSE_RECEIVED || next == NOT_EXECUTED;
            case RESPONSE_RECEIVED -> next == EXECUTED || next == NOT_EXECUTED;
            case EXECUTED, NOT_EXECUTED -> false;
        };
    }

    /** Execution is tracked until one of the final outcomes is recorded. */
    public boolean open() {
        return this == ISSUED || this == RESPONSE_RECEIVED;
    }

    /** An outcome of execution checking (what {@code /execution} records). */
    public boolean outcome() {
        return this == EXECUTED || this == NOT_EXECUTED;
    }
}
