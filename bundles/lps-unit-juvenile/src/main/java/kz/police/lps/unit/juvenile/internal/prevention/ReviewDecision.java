package kz.police.lps.unit.juvenile.internal.prevention;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** How the review of a registration at the review age ended: removal on a removal ground, or a reasoned keep. */
public enum ReviewDecision implements Labelled {
    REMOVE(new LocalizedText("есептен шығарылды", "снят с учёта", "removed from the register")),
    KEEP(new LocalizedText("есепте қалдырылды (негізделген шешім)", "оставлен на учёте (мотивированное решение)",
            "kept on the register (reasoned decision)"));

    private final LocalizedText label;

    ReviewDecision(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
