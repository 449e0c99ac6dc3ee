package kz.police.lps.unit.juvenile.internal.prevention;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * The two registration journals of Order 1098 (BR-J33, L1379-1389): of minors on preventive registration and of
 * parents (legal representatives) failing their duties. Each journal numbers its entries per department and year
 * (the core's serial series {@code juvenile.journal.minors} / {@code juvenile.journal.parents}).
 */
public enum Journal implements Labelled {
    MINORS("juvenile.preventive-minors", "juvenile.journal.minors",
            new LocalizedText("Профилактикалық есепке алынған кәмелетке толмағандарды тіркеу журналы",
                    "Журнал учёта несовершеннолетних, состоящих на профилактическом учёте",
                    "Journal of minors on preventive registration")),
    PARENTS("juvenile.preventive-parents", "juvenile.journal.parents",
            new LocalizedText("Міндеттерін орындамайтын ата-аналарды (заңды өкілдерді) тіркеу журналы",
                    "Журнал учёта родителей (законных представителей), не исполняющих обязанности",
                    "Journal of parents (legal representatives) failing their duties"));

    private final String registerId;
    private final String series;
    private final LocalizedText label;

    Journal(String registerId, String series, LocalizedText label) {
        this.registerId = registerId;
        this.series = series;
        this.label = label;
    }

    public String registerId() {
        return registerId;
    }

    public String series() {
        return series;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** The journal of a register of the unit, or null for another register. */
    public static Journal of(String registerId) {
        for (Journal j : values()) {
            if (j.registerId.equals(registerId)) {
                return j;
            }
        }
        return null;
    }
}
