package kz.police.lps.core.api.norm;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** How binding a norm is: software warns on a recommended norm and enforces a mandatory one. */
public enum NormBinding implements Labelled {
    MANDATORY(new LocalizedText("міндетті", "обязательная", "mandatory")),
    RECOMMENDED(new LocalizedText("ұсынымдық", "рекомендательная", "recommended")),
    /** The textbook is silent: the value is a configurable default, not a legal norm. */
    CONFIGURABLE(new LocalizedText("бапталатын (мәтінде жоқ)", "настраиваемая (в тексте нет)",
            "configurable (the text is silent)"));

    private final LocalizedText label;

    NormBinding(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
