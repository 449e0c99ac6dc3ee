package kz.police.lps.unit.district.internal.appointment;

import java.time.LocalDate;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * Where a candidate for a district inspector's post comes from (Order 438; textbook L231-235), and so which norm sets
 * the deadline of the petition to the local executive body and what it counts from.
 */
public enum CandidateKind implements Labelled {
    /** A serving officer of the internal affairs bodies: reports (баянат) to HR; the petition within 10 calendar days (BR-16, L231-232). */
    SERVING(new LocalizedText("ІІО қызметкері", "действующий сотрудник ОВД", "serving officer"),
            "district.appointment.petition-deadline-serving"),
    /** A new entrant: HR runs a document acceptance period; the petition ≤ 5 calendar days after it ends (BR-17, L233-236). */
    NEW_ENTRANT(new LocalizedText("ІІО-ға жаңадан кіретін кандидат", "впервые поступающий кандидат",
            "new entrant"), "district.appointment.petition-deadline-new-entrant");

    private final LocalizedText label;
    private final String petitionNorm;

    CandidateKind(LocalizedText label, String petitionNorm) {
        this.label = label;
        this.petitionNorm = petitionNorm;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** The norm whose days (calendar days: holidays count too) give the petition deadline. */
    public String petitionNorm() {
        return petitionNorm;
    }

    /** The field the petition deadline counts from: the report to HR, or the end of the acceptance period. */
    public String eventField() {
        return this == SERVING ? "reportedOn" : "acceptanceEndsOn";
    }

    /** The day the petition deadline counts from. */
    public LocalDate event(LocalDate reportedOn, LocalDate acceptanceEndsOn) {
        return this == SERVING ? reportedOn : acceptanceEndsOn;
    }
}
