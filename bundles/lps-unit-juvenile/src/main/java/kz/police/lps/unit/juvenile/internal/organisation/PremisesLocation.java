package kz.police.lps.unit.juvenile.internal.organisation;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Where the unit's premises for work with minors are: in the IAB's building or directly next to it (L886-890). */
public enum PremisesLocation implements Labelled {
    IN_BUILDING(new LocalizedText("ІІО әкімшілік ғимаратында", "в административном здании ОВД",
            "in the IAB administrative building")),
    NEXT_TO_BUILDING(new LocalizedText("ІІО ғимаратына тікелей жақын", "в непосредственной близости от здания ОВД",
            "directly next to the IAB building")),
    ELSEWHERE(new LocalizedText("басқа жерде", "в другом месте", "elsewhere"));

    private final LocalizedText label;

    PremisesLocation(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
