package kz.police.lps.unit.juvenile.internal.placement;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** The 4 categories the inspector may send to the adaptation centre (BR-J25, N-J18, L1300-1317). */
public enum CentreCategory implements Labelled {
    UNATTENDED_OR_HOMELESS(new LocalizedText(
            "ата-аналарын немесе басқа да заңды өкілдерін анықтау үшін қадағалаусыз және панасыз қалған балалар",
            "безнадзорные и беспризорные дети — для установления родителей или иных законных представителей",
            "unattended and homeless children, to identify their parents or other legal representatives"),
            "L1303-1304", true),
    WITHOUT_PARENTAL_CARE(new LocalizedText(
            "ата-аналарының қамқорлығынсыз қалған, орган ата-аналарынан іріктеп алған балалар",
            "дети, оставшиеся без попечения родителей, отобранные органом у родителей (одного из них) или иных лиц",
            "children left without parental care, removed from their parents or carers by the body"),
            "L1306-1310", false),
    TO_SPECIAL_EDUCATION(new LocalizedText(
            "арнаулы білім беру ұйымдарына жіберілетін кәмелетке толмағандар",
            "несовершеннолетние, направляемые в специальные организации образования",
            "minors being sent to special educational organisations"),
            "L1312-1313", false),
    CRUEL_TREATMENT(new LocalizedText(
            "қатыгездікпен қарау салдарынан өмірлік қиын жағдайда жүрген балалар",
            "дети, находящиеся в трудной жизненной ситуации вследствие жестокого обращения",
            "children in a difficult life situation because of cruel treatment"),
            "L1315-1317", false);

    private final LocalizedText label;
    private final String lines;
    private final boolean unattended;

    CentreCategory(LocalizedText label, String lines, boolean unattended) {
        this.label = label;
        this.lines = lines;
        this.unattended = unattended;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** The textbook lines of the category. */
    public String lines() {
        return lines;
    }

    /** Unattended children: the age range of the norm {@code juvenile.adaptation-centre.age} applies (L977-980). */
    public boolean unattended() {
        return unattended;
    }
}
