package kz.police.lps.unit.juvenile.internal.notebook;

import java.util.Optional;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * The duty area a work-notebook entry serves (BR-J08): juvenile inspectors and school inspectors may be tasked only
 * with duties of preventing offending by minors, their neglect and homelessness (L1094-1098), so every entry names one
 * of the juvenile duties of the textbook's lists (L908-1072, L1146-1222). An entry that names none is refused: the
 * non-diversion rule is held where software can hold it, at the moment a task is written down.
 */
public enum JuvenileDuty implements Labelled {
    OFFENCE_PREVENTION("L909-912, L1094-1096", "кәмелетке толмағандардың құқық бұзушылықтарының профилактикасы",
            "профилактика правонарушений несовершеннолетних", "prevention of offending by minors"),
    NEGLECT_HOMELESSNESS("L1096-1097, L977-980", "балалардың қадағалаусыз және панасыз қалуының алдын алу",
            "предупреждение безнадзорности и беспризорности детей", "prevention of neglect and homelessness"),
    PREVENTIVE_REGISTRATION("L914-917, L1346-1389", "профилактикалық есепке алу және бақылау",
            "профилактический учёт и контроль", "preventive registration and control"),
    WORK_WITH_PARENTS("L914-917, L930-937, L1183-1187", "ата-аналармен (заңды өкілдермен) жұмыс",
            "работа с родителями (законными представителями)", "work with parents or legal representatives"),
    SCHOOL_PREVENTION("L1146-1222", "білім беру ұйымдарындағы профилактика", "профилактика в организациях образования",
            "prevention in schools"),
    MEETINGS_WITH_POPULATION("L924-928", "тұрғындармен кездесулер", "встречи с населением",
            "meetings with the population"),
    INTERAGENCY("L919-922", "мемлекеттік органдармен және ҮЕҰ-мен өзара іс-қимыл",
            "взаимодействие с госорганами и НПО", "work with state bodies and NGOs"),
    PROBATION_ASSISTANCE("L939-943", "пробация қызметіне жәрдем", "содействие службе пробации",
            "assistance to the probation service"),
    CITIZEN_RECEPTION("L945-949", "азаматтарды қабылдау", "приём граждан", "citizen reception"),
    SIGNIFICANT_INFORMATION("L951-956", "маңызды ақпарат жинау", "сбор значимой информации",
            "collecting significant information"),
    DELIVERY_ADAPTATION_CENTRE("L971-980, L1262-1344", "ІІО-ға, КТБО-ға жеткізу",
            "доставление в ОВД, ЦАН", "delivery to the IAB or the adaptation centre"),
    MEDIA("L1063-1064", "бұқаралық ақпарат құралдарымен жұмыс", "работа со СМИ", "work with the media");

    private final String lines;
    private final LocalizedText label;

    JuvenileDuty(String lines, String kk, String ru, String en) {
        this.lines = lines;
        this.label = new LocalizedText(kk, ru, en);
    }

    /** The textbook lines listing the duty. */
    public String lines() {
        return lines;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** The duty named by its code (case-insensitive); empty for anything else. */
    public static Optional<JuvenileDuty> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (JuvenileDuty d : values()) {
            if (d.name().equalsIgnoreCase(code.trim())) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
