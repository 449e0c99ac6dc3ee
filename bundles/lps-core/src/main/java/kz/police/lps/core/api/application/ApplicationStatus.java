package kz.police.lps.core.api.application;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * Where an application stands: received and registered, given to an officer, decided, and closed once the applicant
 * has been told of the decision (textbook L478-483; L2547-2553).
 */
public enum ApplicationStatus implements Labelled {
    REGISTERED(new LocalizedText("тіркелді", "зарегистрировано", "registered")),
    ASSIGNED(new LocalizedText("орындаушыға берілді", "передано исполнителю", "assigned")),
    DECIDED(new LocalizedText("шешім қабылданды", "принято решение", "decided")),
    CLOSED(new LocalizedText("өтініш берушіге хабарланды", "заявитель уведомлён", "applicant notified"));

    private final LocalizedText label;

    ApplicationStatus(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** Still under consideration: its decision deadline runs. */
    public boolean open() {
        return this == REGISTERED || this == ASSIGNED;
    }
}
