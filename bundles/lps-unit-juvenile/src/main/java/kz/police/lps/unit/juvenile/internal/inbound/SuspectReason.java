package kz.police.lps.unit.juvenile.internal.inbound;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** Why an investigator's written notice names a minor (BR-J36, L1451-1457; the clauses run together in the text). */
public enum SuspectReason implements Labelled {
    SUSPECT_WITH_MEASURE(new LocalizedText("бұлтартпау шарасы таңдалған күдікті", "подозреваемый, в отношении которого избрана мера пресечения", "suspect with a preventive measure chosen")),
    TERMINATED_PROSECUTION(new LocalizedText("қылмыстық қудалауы ақталмайтын негіздер бойынша тоқтатылған", "уголовное преследование прекращено по нереабилитирующим основаниям", "prosecution terminated on non-rehabilitating grounds")),
    UNDER_AGE(new LocalizedText("қылмыстық жауаптылық жасына толмаған", "не достиг возраста уголовной ответственности", "under the age of criminal responsibility"));

    private final LocalizedText label;

    SuspectReason(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
