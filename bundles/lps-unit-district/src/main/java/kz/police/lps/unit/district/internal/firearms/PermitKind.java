package kz.police.lps.unit.district.internal.firearms;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * The kind of the owner's weapon permit (inference: the textbook's passage on the owner's data, L548-549, is
 * garbled; these are the permits of civilian weapons held for personal use).
 */
public enum PermitKind implements Labelled {
    STORAGE(new LocalizedText("сақтауға рұқсат", "разрешение на хранение", "storage permit")),
    STORAGE_AND_CARRYING(new LocalizedText("сақтауға және алып жүруге рұқсат", "разрешение на хранение и ношение",
            "storage and carrying permit")),
    COLLECTION(new LocalizedText("коллекциялауға рұқсат", "разрешение на коллекционирование", "collection permit"));

    private final LocalizedText label;

    PermitKind(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
