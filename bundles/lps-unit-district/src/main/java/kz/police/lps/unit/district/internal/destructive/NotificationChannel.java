package kz.police.lps.unit.district.internal.destructive;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** How the duty officers were told of an absence: by phone, fax or other means of communication (L598-603). */
public enum NotificationChannel implements Labelled {
    PHONE(new LocalizedText("телефон", "телефон", "phone")),
    FAX(new LocalizedText("факс", "факс", "fax")),
    OTHER(new LocalizedText("өзге байланыс құралы", "иные средства связи", "other means of communication"));

    private final LocalizedText label;

    NotificationChannel(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
