package kz.police.lps.core.api.register;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Where a registration stands. A removed registration stays in the history for ever. */
public enum RegistrationStatus implements Labelled {
    ACTIVE(new LocalizedText("есепте тұр", "состоит на учёте", "on the register")),
    REMOVED(new LocalizedText("есептен шығарылды", "снят с учёта", "removed from the register"));

    private final LocalizedText label;

    RegistrationStatus(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
