package kz.police.lps.unit.district.internal.precinct;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * Where a district police point is housed (L389-392): a building of its own, or a building shared with enterprises or
 * organisations, or a residential building; in the last two it must have a separate entrance (BR-10).
 */
public enum BuildingType implements Labelled {
    STANDALONE(new LocalizedText("жеке тұрған ғимарат", "отдельно стоящее здание", "stand-alone building")),
    SHARED(new LocalizedText("кәсіпорындармен, ұйымдармен ортақ ғимарат", "здание, общее с предприятиями, организациями",
            "building shared with enterprises or organisations")),
    RESIDENTIAL(new LocalizedText("тұрғын үй", "жилой дом", "residential building"));

    private final LocalizedText label;

    BuildingType(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** Whether the point needs an entrance of its own here (BR-10, L389-392). */
    public boolean needsSeparateEntrance() {
        return this != STANDALONE;
    }
}
