package kz.police.lps.core.api.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A text in the three languages LPS serves: Kazakh (the state language and the default), Russian and English.
 */
public record LocalizedText(String kk, String ru, String en) {

    public static final Locale KAZAKH = Locale.forLanguageTag("kk");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    public LocalizedText {
        Objects.requireNonNull(kk, "kk");
        ru = ru == null ? kk : ru;
        en = en == null ? ru : en;
    }

    /** The text in the given locale's language; Kazakh for any language other than Russian or English. */
    public String in(Locale locale) {
        String lang = locale == null ? "kk" : locale.getLanguage();
        return switch (lang) {
            case "ru" -> ru;
            case "en" -> en;
            default -> kk;
        };
    }

    public Map<String, String> asMap() {
        return Map.of("kk", kk, "ru", ru, "en", en);
    }
}
