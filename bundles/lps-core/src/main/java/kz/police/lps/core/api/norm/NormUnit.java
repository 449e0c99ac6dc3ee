package kz.police.lps.core.api.norm;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** What a norm's value counts. */
public enum NormUnit implements Labelled {
    COUNT(new LocalizedText("саны", "количество", "count")),
    CALENDAR_DAYS(new LocalizedText("күнтізбелік күн", "календарных дней", "calendar days")),
    WORKING_DAYS(new LocalizedText("жұмыс күні", "рабочих дней", "working days")),
    HOURS(new LocalizedText("сағат", "часов", "hours")),
    MINUTES(new LocalizedText("минут", "минут", "minutes")),
    DAY_OF_MONTH(new LocalizedText("айдың күні", "число месяца", "day of the month")),
    PER_MONTH(new LocalizedText("айына", "в месяц", "per month")),
    PER_QUARTER(new LocalizedText("тоқсанына", "в квартал", "per quarter")),
    PER_HALF_YEAR(new LocalizedText("жарты жылда", "в полугодие", "per half-year")),
    PER_YEAR(new LocalizedText("жылына", "в год", "per year")),
    RESIDENTS(new LocalizedText("тұрғын", "жителей", "residents")),
    SQUARE_METRES(new LocalizedText("шаршы метр", "кв. метров", "square metres")),
    KILOMETRES(new LocalizedText("шақырым", "километров", "kilometres")),
    PERCENT(new LocalizedText("пайыз", "процентов", "percent")),
    YEARS(new LocalizedText("жыл", "лет", "years"));

    private final LocalizedText label;

    NormUnit(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
