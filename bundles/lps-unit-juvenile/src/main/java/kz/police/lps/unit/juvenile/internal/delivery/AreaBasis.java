package kz.police.lps.unit.juvenile.internal.delivery;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * How the delivery was found to be from outside the service area (BR-J28): the inspector's flag, or the precinct the
 * minor's actual address resolves to lying outside the city/district body of the delivering unit.
 */
public enum AreaBasis implements Labelled {
    FLAG(new LocalizedText("инспектордың белгісі", "отметка инспектора", "the inspector's flag")),
    PRECINCT(new LocalizedText(
            "тұрғылықты жерінің учаскесі",
            "участок по месту жительства",
            "the precinct of residence"));

    private final LocalizedText label;

    AreaBasis(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
