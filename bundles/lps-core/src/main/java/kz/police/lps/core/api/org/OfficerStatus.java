package kz.police.lps.core.api.org;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

public enum OfficerStatus implements Labelled {
    ACTIVE(new LocalizedText("қызметте", "на службе", "on duty")),
    SUSPENDED(new LocalizedText("қызметтен уақытша шеттетілген", "временно отстранён", "suspended")),
    DISMISSED(new LocalizedText("қызметтен босатылған", "уволен", "dismissed"));

    private final LocalizedText label;

    OfficerStatus(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
