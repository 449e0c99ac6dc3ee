package kz.police.lps.unit.juvenile.internal.inbound;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * The inbound notices of WF-J16 with the norm of each deadline: investigation's notice of a registered minor's
 * criminal offence (3 тәулік, BR-J35, L1442-1449), its written notice on suspects, terminated prosecutions and
 * under-age minors (3 тәулік, BR-J36, L1451-1457), the investigator's statement within 3 тәулік of the procedural
 * decision with 5 fields (BR-J37, L1458-1469), and the penal system's pre-release notice 20 calendar days before the
 * release (BR-J39, L1497-1499).
 */
public enum NoticeKind implements Labelled {
    OFFENCE_NOTICE("juvenile.inbound.investigation-offence-notice-deadline",
            new LocalizedText("есептегі кәмелетке толмағанның қылмыстық құқық бұзушылығы туралы хабарлама",
                    "уведомление о совершении состоящим на учёте несовершеннолетним уголовного правонарушения",
                    "notice of a registered minor's criminal offence")),
    SUSPECT_NOTICE("juvenile.inbound.investigation-suspect-notice-deadline",
            new LocalizedText("күдіктілер, тоқтатылған қудалау, жасқа толмағандар туралы жазбаша хабарлама",
                    "письменное уведомление о подозреваемых, прекращённом преследовании, не достигших возраста",
                    "written notice on suspects, terminated prosecutions, under-age minors")),
    STATEMENT("juvenile.inbound.investigation-statement-deadline",
            new LocalizedText("кәмелетке толмағанның қылмыстық құқық бұзушылығы туралы тергеушінің анықтамасы",
                    "справка следователя об уголовном правонарушении несовершеннолетнего",
                    "investigator's statement on a minor's criminal offence")),
    PRE_RELEASE("juvenile.inbound.pre-release-notice",
            new LocalizedText("қылмыстық-атқару жүйесі мекемесінен босатылатыны туралы хабарлама",
                    "уведомление о предстоящем освобождении из учреждения уголовно-исполнительной системы",
                    "notice of a forthcoming release from a penal institution"));

    private final String normKey;
    private final LocalizedText label;

    NoticeKind(String normKey, LocalizedText label) {
        this.normKey = normKey;
        this.label = label;
    }

    /** The norm of the notice's deadline. */
    public String normKey() {
        return normKey;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
