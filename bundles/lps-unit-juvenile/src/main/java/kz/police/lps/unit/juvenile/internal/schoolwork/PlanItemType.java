package kz.police.lps.unit.juvenile.internal.schoolwork;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** The type of a joint activity plan item (L836-842, L1120-1126; US-J17). */
public enum PlanItemType implements Labelled {
    INDIVIDUAL_WORK(new LocalizedText("оқушылармен және ата-аналарымен жеке профилактикалық жұмыс", "индивидуальная профилактическая работа с учащимися и родителями", "individual preventive work with students and parents")),
    LEGAL_LITERACY(new LocalizedText("құқықтық сауаттылықты арттыру", "повышение правовой грамотности", "legal literacy")),
    LEISURE(new LocalizedText("оқушылардың бос уақытын ұйымдастыру", "организация досуга учащихся", "leisure organisation")),
    RAIDS(new LocalizedText("рейдтік іс-шаралар", "рейдовые мероприятия", "raids")),
    VACATION(new LocalizedText("каникул кезеңіндегі іс-шаралар", "мероприятия в период каникул", "vacation activities")),
    OTHER(new LocalizedText("өзге де алдын алу іс-шаралары", "иные профилактические мероприятия", "other prevention measures"));

    private final LocalizedText label;

    PlanItemType(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
