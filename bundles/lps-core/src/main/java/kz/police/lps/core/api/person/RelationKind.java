package kz.police.lps.core.api.person;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * How one person relates to another. A relation is stored once, from {@code person} to {@code relatedPerson}:
 * "person is PARENT of relatedPerson", "person is GUARDIAN of relatedPerson"; SPOUSE and COHABITANT are symmetric.
 */
public enum RelationKind implements Labelled {
    PARENT(new LocalizedText("ата-ана", "родитель", "parent"), false),
    SPOUSE(new LocalizedText("жұбай", "супруг(а)", "spouse"), true),
    COHABITANT(new LocalizedText("бірге тұратын адам", "сожитель(ница)", "cohabitant"), true),
    GUARDIAN(new LocalizedText("қорғаншы", "опекун", "guardian"), false);

    private final LocalizedText label;
    private final boolean symmetric;

    RelationKind(LocalizedText label, boolean symmetric) {
        this.label = label;
        this.symmetric = symmetric;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    public boolean symmetric() {
        return symmetric;
    }
}
