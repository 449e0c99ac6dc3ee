package kz.police.lps.unit.district.internal.inspection;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * Who inspects a district police point and the keeping of its precincts' passports, and how often (WF-7, BR-23,
 * textbook L616-621): the periodicity is the norm {@link #normKey()}; the recurring task has that key as its kind.
 */
public enum InspectorLevel implements Labelled {
    /** The ЖПҚ head or deputy: at least monthly (L616-618). */
    LPS_HEAD("by-lps-head", new LocalizedText("ЖПҚ бастығы немесе оның орынбасары",
            "начальник МПС или его заместитель", "head of the Local Police Service or deputy")),
    /** The deputy head of the city/district body: at least quarterly (L619-620). */
    BODY_DEPUTY_HEAD("by-deputy-head", new LocalizedText("қалалық, аудандық орган бастығының орынбасары",
            "заместитель начальника городского, районного органа", "deputy head of the city/district body")),
    /** The head of the city/district body: at least half-yearly (L620-621). */
    BODY_HEAD("by-head", new LocalizedText("қалалық, аудандық орган бастығы",
            "начальник городского, районного органа", "head of the city/district body"));

    private final String code;
    private final LocalizedText label;

    InspectorLevel(String code, LocalizedText label) {
        this.code = code;
        this.label = label;
    }

    /** The short code in origin keys: {@code by-lps-head}. */
    public String code() {
        return code;
    }

    /** The periodicity norm, also the kind of the recurring task: {@code district.inspection.by-lps-head}. */
    public String normKey() {
        return "district.inspection." + code;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
