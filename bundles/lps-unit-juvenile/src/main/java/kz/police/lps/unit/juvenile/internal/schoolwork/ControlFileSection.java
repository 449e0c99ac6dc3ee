package kz.police.lps.unit.juvenile.internal.schoolwork;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** The sections of a school's control file (N-J30, L1229-1261): Part 1 (L1229-1252) and Part 2 (L1254-1261), five each. */
public enum ControlFileSection implements Labelled {
    P1_STUDENTS(new LocalizedText("1-бөлік 1) оқушылардың тізімі", "Часть 1, 1) список учащихся", "Part 1, 1) student list (L1232-1234)")),
    P1_STAFF(new LocalizedText("1-бөлік 2) қызметкерлердің тізімі", "Часть 1, 2) список работников", "Part 1, 2) staff list (L1236-1237)")),
    P1_NEGLIGENT_PARENTS(new LocalizedText("1-бөлік 3) міндеттерін орындамайтын ата-аналардың тізімдері", "Часть 1, 3) списки родителей, не исполняющих обязанности", "Part 1, 3) parents failing their duties (L1239-1243)")),
    P1_REGISTERED_STUDENTS(new LocalizedText("1-бөлік 4) мектепішілік есепте және ІІО есебінде тұрған оқушылар", "Часть 1, 4) учащиеся на внутришкольном учёте и учёте ОВД", "Part 1, 4) students on the intra-school and police registers (L1245-1246)")),
    P1_INDIVIDUAL_WORK(new LocalizedText("1-бөлік 5) әңгімелесулер, мінездемелер, қатысу, жұмыспен қамту, актілер, жеке жұмыс материалдары", "Часть 1, 5) беседы, характеристики, посещаемость, занятость, акты, материалы индивидуальной работы", "Part 1, 5) conversations, characterisations, attendance, employment, living-conditions acts, individual work (L1248-1252)")),
    P2_JOINT_PLANS(new LocalizedText("2-бөлік 1) бірлескен іс-шаралар жоспарлары", "Часть 2, 1) планы совместных мероприятий", "Part 2, 1) joint activity plans (L1255)")),
    P2_COUNCIL_MATERIALS(new LocalizedText("2-бөлік 2) алдын алу кеңестері отырыстары материалдарының көшірмелері", "Часть 2, 2) копии материалов заседаний советов профилактики", "Part 2, 2) copies of prevention council materials (L1256-1257)")),
    P2_STATEMENTS(new LocalizedText("2-бөлік 3) бірлескен жұмыс нәтижелері бойынша анықтама", "Часть 2, 3) справка по результатам совместной работы", "Part 2, 3) statements on the joint work (L1258)")),
    P2_JOINT_COUNCIL_MINUTES(new LocalizedText("2-бөлік 4) бірлескен кеңестердің хаттамалары мен шешімдері", "Часть 2, 4) протоколы и решения совместных советов", "Part 2, 4) joint council minutes and decisions (L1259)")),
    P2_LEGAL_LECTURES(new LocalizedText("2-бөлік 5) құқықтық тақырыптағы дәрістер материалдары", "Часть 2, 5) материалы лекций на правовые темы", "Part 2, 5) legal lecture materials (L1260)"));

    private final LocalizedText label;

    ControlFileSection(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** Part 1 or 2. */
    public int part() {
        return name().startsWith("P1_") ? 1 : 2;
    }

    /** The section's number within its part, 1..5. */
    public int number() {
        return ordinal() % 5 + 1;
    }

    /** Part 2's first three sections are the records of the school prevention cycle themselves, filed automatically. */
    public boolean automatic() {
        return this == P2_JOINT_PLANS || this == P2_COUNCIL_MATERIALS || this == P2_STATEMENTS;
    }
}
