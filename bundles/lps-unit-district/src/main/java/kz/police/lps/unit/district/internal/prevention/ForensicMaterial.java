package kz.police.lps.unit.district.internal.prevention;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** What the forensic registration of a person on a preventive register took (textbook L581-584). */
public enum ForensicMaterial implements Labelled {
    PHOTO(new LocalizedText("суретке түсіру", "фотографирование", "photograph")),
    FINGERPRINTS(new LocalizedText("саусақ іздерін алу", "дактилоскопирование", "fingerprints")),
    AUDIO(new LocalizedText("дыбыс жазу", "звукозапись", "audio recording")),
    VIDEO(new LocalizedText("кино- және бейнетүсірілім", "кино- и видеосъёмка", "film and video recording"));

    private final LocalizedText label;

    ForensicMaterial(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
