package kz.police.lps.core.api.register;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Whether a ground places a person on a register or removes them from it. */
public enum GroundKind implements Labelled {
    PLACEMENT(new LocalizedText("есепке қою негізі", "основание постановки на учёт", "ground for placement")),
    REMOVAL(new LocalizedText("есептен шығару негізі", "основание снятия с учёта", "ground for removal"));

    private final LocalizedText label;

    GroundKind(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
