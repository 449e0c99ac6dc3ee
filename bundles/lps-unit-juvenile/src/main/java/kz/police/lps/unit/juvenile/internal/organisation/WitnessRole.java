package kz.police.lps.unit.juvenile.internal.organisation;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Who attends a precinct's handover to a new juvenile inspector: the ЖПҚ head or deputy (L801-804). */
public enum WitnessRole implements Labelled {
    LPS_HEAD(new LocalizedText("ЖПҚ бастығы", "начальник МПС", "head of the local police service")),
    LPS_DEPUTY_HEAD(new LocalizedText("ЖПҚ бастығының орынбасары", "заместитель начальника МПС",
            "deputy head of the local police service"));

    private final LocalizedText label;

    WitnessRole(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
