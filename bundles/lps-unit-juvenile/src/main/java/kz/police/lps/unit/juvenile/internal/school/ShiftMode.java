package kz.police.lps.unit.juvenile.internal.school;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** How many shifts a school teaches in (бір ауысымды / көп ауысымды), which the N-J3 rule reads (L870-871). */
public enum ShiftMode implements Labelled {
    SINGLE(new LocalizedText("бір ауысымды", "односменная", "single shift")),
    MULTIPLE(new LocalizedText("екі және одан көп ауысымды", "многосменная", "two or more shifts"));

    private final LocalizedText label;

    ShiftMode(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
