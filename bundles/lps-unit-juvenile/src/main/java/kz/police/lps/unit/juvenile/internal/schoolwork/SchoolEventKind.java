package kz.police.lps.unit.juvenile.internal.schoolwork;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** A school event the inspector records (US-J24, US-J25). */
public enum SchoolEventKind implements Labelled {
    LEGAL_LECTURE(new LocalizedText("құқықтық тақырыптағы дәріс (L1261)", "лекция на правовую тему (L1261)", "legal lecture (L1261)")),
    LEGAL_PROPAGANDA(new LocalizedText("құқықтық насихат іс-шарасы (L1153-1156)", "правовое пропагандистское мероприятие (L1153-1156)", "legal-propaganda event (L1153-1156)")),
    PREVENTIVE_EVENT(new LocalizedText("профилактикалық іс-шара (L1158-1161)", "профилактическое мероприятие (L1158-1161)", "preventive event (L1158-1161)")),
    VACATION_EMPLOYMENT(new LocalizedText("каникулда демалыс пен жұмыспен қамту (L1163-1165)", "отдых и занятость в каникулы (L1163-1165)", "vacation rest and employment (L1163-1165)")),
    TEACHER_ASSISTANCE(new LocalizedText("педагогтарға көмек (L1167-1170)", "помощь педагогам (L1167-1170)", "help to teachers (L1167-1170)")),
    MASS_EVENT_SECURITY(new LocalizedText("бұқаралық іс-шарада қоғамдық тәртіп (L1172-1175)", "охрана порядка на массовом мероприятии (L1172-1175)", "mass-event security (L1172-1175)")),
    OFF_SITE_COURT_SESSION(new LocalizedText("соттың көшпелі отырысы (L1216-1219)", "выездное заседание суда (L1216-1219)", "off-site court session (L1216-1219)")),
    OFF_SITE_COMMISSION_SESSION(new LocalizedText("комиссияның көшпелі отырысы (L1216-1219)", "выездное заседание комиссии (L1216-1219)", "off-site Commission session (L1216-1219)")),
    CHILDREN_MOVEMENT(new LocalizedText("балалардың құқық қорғау қозғалысына қолдау (L1221-1222)", "поддержка детского правоохранительного движения (L1221-1222)", "children's law-enforcement movement (L1221-1222)"));

    private final LocalizedText label;

    SchoolEventKind(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
