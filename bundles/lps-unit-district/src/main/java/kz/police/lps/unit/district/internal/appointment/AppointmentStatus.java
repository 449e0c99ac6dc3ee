package kz.police.lps.unit.district.internal.appointment;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * Where an appointment case stands: {@code CANDIDATE_REGISTERED → PETITION_SENT → MEETING_HELD → APPOINTED}, or
 * {@code WITHDRAWN} from any open step. The meeting comes before the appointment (BR-18, L241-244); the order itself
 * is not described by the text (inference, §8.4 item 2).
 */
public enum AppointmentStatus implements Labelled {
    CANDIDATE_REGISTERED(new LocalizedText("кандидат тіркелді", "кандидат зарегистрирован", "candidate registered")),
    PETITION_SENT(new LocalizedText("өтініш жіберілді", "ходатайство направлено", "petition sent")),
    MEETING_HELD(new LocalizedText("жиналыс өтті", "собрание проведено", "meeting held")),
    APPOINTED(new LocalizedText("тағайындалды", "назначен", "appointed")),
    WITHDRAWN(new LocalizedText("кандидатура қайтарылды", "кандидатура отозвана", "withdrawn"));

    private final LocalizedText label;

    AppointmentStatus(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    public boolean isFinal() {
        return this == APPOINTED || this == WITHDRAWN;
    }

    /** Whether a case in this status may move to {@code next}. */
    public boolean canMoveTo(AppointmentStatus next) {
        return switch (this) {
            case CANDIDATE_REGISTERED -> next == PETITION_SENT || next == WITHDRAWN;
            case PETITION_SENT -> next == MEETING_HELD || next == WITHDRAWN;
            case MEETING_HELD -> next == APPOINTED || next == WITHDRAWN;
            case APPOINTED, WITHDRAWN -> false;
        };
    }
}
