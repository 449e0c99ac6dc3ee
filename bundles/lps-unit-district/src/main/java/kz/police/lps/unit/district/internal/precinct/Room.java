package kz.police.lps.unit.district.internal.precinct;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** The rooms a district police point must have (BR-09, L385-389). */
public enum Room implements Labelled {
    WORK_OFFICES(new LocalizedText("жұмыс кабинеттері", "рабочие кабинеты", "work offices")),
    RECEPTION_ROOM(new LocalizedText("азаматтарды қабылдауға және қоғамдық жұмысқа арналған бөлме",
            "комната для приёма граждан и общественной работы", "room for receiving citizens and community work")),
    DELIVERED_PERSONS_ROOM(new LocalizedText("жеткізілген адамдарға арналған бөлме",
            "комната для доставленных лиц", "room for delivered persons")),
    REST_ROOM(new LocalizedText("жеке демалыс бөлмесі", "отдельная комната отдыха", "separate rest room")),
    SANITARY_UNIT(new LocalizedText("санитариялық тораб", "санитарный узел", "sanitary unit"));

    private final LocalizedText label;

    Room(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
