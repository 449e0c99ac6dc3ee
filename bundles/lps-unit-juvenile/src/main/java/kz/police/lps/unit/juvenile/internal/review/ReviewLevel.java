package kz.police.lps.unit.juvenile.internal.review;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * Who reviews the juvenile affairs unit's results and how often (BR-J10, N-J9, L1100-1102): its head (or senior
 * inspector) every month, the head of the Local Police Service (ЖПҚ), of the transport IAB or their deputies every
 * quarter. Both act in the platform through the unit's head role (or {@code lps-admin}); the level says which review
 * it is.
 */
public enum ReviewLevel implements Labelled {
    UNIT_HEAD("juvenile.review.by-unit-head", new LocalizedText("КТІ бастығы (аға инспекторы), ай сайын",
            "начальник ПДН (старший инспектор), ежемесячно", "head of the juvenile unit (senior inspector), monthly")),
    LPS_HEAD("juvenile.review.by-lps-head", new LocalizedText("ЖПҚ, көліктегі ІІО бастығы немесе орынбасары, тоқсан сайын",
            "начальник МПС, ОВД на транспорте или заместитель, ежеквартально",
            "head of the Local Police Service or transport IAB or a deputy, quarterly"));

    private final String normKey;
    private final LocalizedText label;

    ReviewLevel(String normKey, LocalizedText label) {
        this.normKey = normKey;
        this.label = label;
    }

    /** The periodicity norm of the level. */
    public String normKey() {
        return normKey;
    }

    /** The code in origin keys: {@code unit-head}, {@code lps-head}. */
    public String code() {
        return name().toLowerCase().replace('_', '-');
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
