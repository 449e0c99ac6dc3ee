package kz.police.lps.core.api.report;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * Where a report run stands: {@code QUEUED → RUNNING → DONE | FAILED | CANCELLED}; a queued run may also be cancelled
 * or fail (its report withdrawn, the platform restarted) before it starts. DONE, FAILED and CANCELLED are final.
 */
public enum ReportRunState implements Labelled {
    QUEUED(new LocalizedText("кезекте", "в очереди", "queued")),
    RUNNING(new LocalizedText("орындалуда", "выполняется", "running")),
    DONE(new LocalizedText("дайын", "готов", "done")),
    FAILED(new LocalizedText("сәтсіз аяқталды", "ошибка", "failed")),
    CANCELLED(new LocalizedText("тоқтатылды", "отменён", "cancelled"));

    private final LocalizedText label;

    ReportRunState(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    public boolean isFinal() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }

    /** Whether a run in this state may move to {@code next}. */
    public boolean canMoveTo(ReportRunState next) {
        return switch (this) {
            case QUEUED -> next == RUNNING || next == CANCELLED || next == FAILED;
            case RUNNING -> next == DONE || next == FAILED || next == CANCELLED;
            case DONE, FAILED, CANCELLED -> false;
        };
    }
}
