package kz.police.lps.core.api.calendar;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

public enum DayKind implements Labelled {
    WORKING_DAY(new LocalizedText("жұмыс күні", "рабочий день", "working day"), true),
    WEEKEND(new LocalizedText("демалыс күні", "выходной день", "weekend"), false),
    HOLIDAY(new LocalizedText("мереке күні", "праздничный день", "public holiday"), false),
    /** A weekday off: a holiday that fell on a weekend moved here, or a day off moved by Government decree. */
    DAY_OFF_TRANSFERRED(new LocalizedText("ауыстырылған демалыс күні", "перенесённый выходной день",
            "transferred day off"), false),
    /** A Saturday or Sunday made a working day by a Government decree on transfers. */
    WORKING_WEEKEND(new LocalizedText("жұмыс істейтін демалыс күні", "рабочий выходной день",
            "working weekend day"), true);

    private final LocalizedText label;
    private final boolean working;

    DayKind(LocalizedText label, boolean working) {
        this.label = label;
        this.working = working;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    public boolean working() {
        return working;
    }
}
