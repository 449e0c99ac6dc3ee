package kz.police.lps.unit.juvenile.internal.raid;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Units taking part in a joint operational-preventive activity with the JAU (L1416-1439, L1513-1515). */
public enum ParticipatingUnit implements Labelled {
    CRIMINAL_POLICE(new LocalizedText("криминалдық полиция", "криминальная полиция", "criminal police")),
    COUNTER_EXTREMISM(new LocalizedText(
            "экстремизмге қарсы іс-қимыл бөлімшесі",
            "подразделение по противодействию экстремизму",
            "counter-extremism unit")),
    COUNTER_NARCOTICS(new LocalizedText(
            "есірткі қылмысына қарсы іс-қимыл бөлімшесі",
            "подразделение по противодействию наркопреступности",
            "counter-narcotics unit")),
    ORGANISED_CRIME(new LocalizedText(
            "ұйымдасқан қылмысқа қарсы іс-қимыл бөлімшесі",
            "подразделение по борьбе с организованной преступностью",
            "organised-crime unit")),
    DISTRICT_INSPECTORS(new LocalizedText(
            "учаскелік полиция инспекторлары",
            "участковые инспекторы полиции",
            "district police inspectors")),
    TRANSPORT_POLICE(new LocalizedText("көліктегі полиция", "полиция на транспорте", "transport police")),
    OTHER(new LocalizedText("басқа", "иное", "other"));

    private final LocalizedText label;

    ParticipatingUnit(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
