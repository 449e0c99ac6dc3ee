package kz.police.lps.unit.district.internal.prevention;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * A kind of preventive supervision or individual preventive work with a person on the preventive register, alone or
 * with other units of the internal affairs body (textbook L452-454, L643-646; delivery to the police point L382-383).
 * The text names no closed list (inference): {@link #OTHER} with a note covers the rest.
 */
public enum PreventiveActivity implements Labelled {
    CONVERSATION(new LocalizedText("профилактикалық әңгіме", "профилактическая беседа", "preventive conversation")),
    HOME_VISIT(new LocalizedText("тұрғылықты жеріне бару", "посещение по месту жительства", "home visit")),
    SUPERVISION_CHECK(new LocalizedText("қадағалау шектеулерінің сақталуын тексеру",
            "проверка соблюдения ограничений надзора", "check of supervision restrictions")),
    SUMMONS_TO_POINT(new LocalizedText("учаскелік полиция пунктіне шақыру", "вызов в участковый пункт полиции",
            "summons to the police point")),
    JOINT_MEASURE(new LocalizedText("ІІО бөліністерімен бірлескен іс-шара", "совместное мероприятие со службами ОВД",
            "joint measure with units of the internal affairs body")),
    OTHER(new LocalizedText("басқа", "другое", "other"));

    private final LocalizedText label;

    PreventiveActivity(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
