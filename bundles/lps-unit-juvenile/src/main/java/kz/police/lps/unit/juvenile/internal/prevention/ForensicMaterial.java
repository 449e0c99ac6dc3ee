package kz.police.lps.unit.juvenile.internal.prevention;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** What a forensic registration took (BR-J34, L1058-1061). */
public enum ForensicMaterial implements Labelled {
    PHOTO(new LocalizedText("суретке түсіру", "фотографирование", "photograph")),
    FINGERPRINTS(new LocalizedText("саусақ іздерін алу", "дактилоскопирование", "fingerprints")),
    AUDIO(new LocalizedText("дыбыс жазу", "звукозапись", "audio recording")),
    VIDEO(new LocalizedText("бейнетүсірілім", "видеосъёмка", "video recording"));

    private final LocalizedText label;

    ForensicMaterial(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
