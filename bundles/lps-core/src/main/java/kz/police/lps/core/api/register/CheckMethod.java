package kz.police.lps.core.api.register;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * How a person on a register was checked: preventive supervision and individual preventive work (textbook L452-454,
 * L643-646), a visit at home, a call to the district police point (L382-383). The texts set no check form
 * (ch. 4 G-12), so {@link #OTHER} with a note covers the rest.
 */
public enum CheckMethod implements Labelled {
    HOME_VISIT(new LocalizedText("тұрғылықты жеріне бару", "посещение по месту жительства", "home visit")),
    CONVERSATION(new LocalizedText("профилактикалық әңгіме", "профилактическая беседа", "preventive conversation")),
    SUMMONS(new LocalizedText("учаскелік полиция пунктіне шақыру", "вызов в участковый пункт полиции",
            "summons to the police point")),
    NEIGHBOUR_INTERVIEW(new LocalizedText("көршілерден сұрастыру", "опрос соседей", "interview of neighbours")),
    PHONE(new LocalizedText("телефон арқылы", "по телефону", "by phone")),
    OTHER(new LocalizedText("басқа", "другое", "other"));

    private final LocalizedText label;

    CheckMethod(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
