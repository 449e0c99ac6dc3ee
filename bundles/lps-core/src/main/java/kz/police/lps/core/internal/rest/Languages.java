package kz.police.lps.core.internal.rest;

import java.util.List;
import java.util.Locale;

import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * Picks the answer language from {@code Accept-Language}: the first of Kazakh, Russian or English the client
 * accepts, in its order of preference; Kazakh (the state language) when it names none of them or sends no header.
 */
public final class Languages {

    private Languages() {
    }

    public static Locale pick(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale l : acceptable) {
                switch (l.getLanguage()) {
                    case "kk": return LocalizedText.KAZAKH;
                    case "ru": return LocalizedText.RUSSIAN;
                    case "en": return Locale.ENGLISH;
                    default: break;
                }
            }
        }
        return LocalizedText.KAZAKH;
    }

    /** Parses an {@code Accept-Language} header value, best first (q-values honoured). */
    public static Locale pick(String header) {
        if (header == null || header.isBlank()) {
            return LocalizedText.KAZAKH;
        }
        try {
            return pick(Locale.LanguageRange.parse(header).stream()
                    .map(r -> Locale.forLanguageTag(r.getRange())).toList());
        } catch (IllegalArgumentException e) {
            return LocalizedText.KAZAKH;
        }
    }
}
