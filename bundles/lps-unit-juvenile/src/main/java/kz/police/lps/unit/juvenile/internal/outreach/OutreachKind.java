package kz.police.lps.unit.juvenile.internal.outreach;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Meetings with the population held with district inspectors (L924-928) and media engagements (L1063-1064). */
public enum OutreachKind implements Labelled {
    POPULATION_MEETING(new LocalizedText("УПИ-мен бірге тұрғындармен кездесу", "встреча с населением совместно с УУП",
            "meeting with the population, with district inspectors")),
    MEDIA(new LocalizedText("бұқаралық ақпарат құралдарын тарту", "привлечение СМИ", "media engagement"));

    private final LocalizedText label;

    OutreachKind(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
