package kz.police.lps.unit.juvenile.internal.organisation;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** What a juvenile inspector is assigned to by the head's order (domain §4.3; L781-797, L868-869). */
public enum AssignmentType implements Labelled {
    PRECINCT(new LocalizedText("әкімшілік учаске", "административный участок", "administrative precinct")),
    SCHOOL(new LocalizedText("білім беру ұйымы", "организация образования", "educational organisation")),
    TRANSPORT(new LocalizedText("көліктегі учаске", "участок на транспорте", "transport precinct"));

    private final LocalizedText label;

    AssignmentType(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
