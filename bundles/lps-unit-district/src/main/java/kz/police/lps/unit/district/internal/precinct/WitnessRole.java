package kz.police.lps.unit.district.internal.precinct;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * Who must be present when a newly appointed inspector takes over a precinct (BR-13, L335-338): the deputy head of the
 * city/district body or the head of the ЖПҚ.
 */
public enum WitnessRole implements Labelled {
    DEPUTY_HEAD_OF_BODY(new LocalizedText("қалалық, аудандық ішкі істер органы бастығының орынбасары",
            "заместитель начальника городского, районного органа внутренних дел",
            "deputy head of the city/district internal affairs body")),
    LPS_HEAD(new LocalizedText("жергілікті полиция қызметінің бастығы", "начальник службы местной полиции",
            "head of the Local Police Service"));

    private final LocalizedText label;

    WitnessRole(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
