package kz.police.lps.unit.juvenile.internal.parents;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** What US-J39 allows (L1053-1056): restricting, or temporarily prohibiting, a person's access to or presence in a dwelling or area. */
public enum RestrictionKind implements Labelled {
    RESTRICTION(new LocalizedText("баруын (болуын) шектеу", "ограничение доступа (пребывания)", "restriction of access or presence")),
    TEMPORARY_PROHIBITION(new LocalizedText("баруына (болуына) уақытша тыйым салу", "временный запрет доступа (пребывания)", "temporary prohibition of access or presence"));

    private final LocalizedText label;

    RestrictionKind(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
