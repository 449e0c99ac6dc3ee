package kz.police.lps.unit.district.internal.compliance;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * The staffing-norm and premises rules a precinct or point is checked against (§3.2, §8.3). All are warnings: Decree
 * 1598 does not oblige the akims, it recommends (L181), and the premises rules of Order 1095 are what the point should
 * have, not what software can enforce. Values come from the norms registry ({@link #normKey()}, region overrides
 * apply).
 */
public enum ComplianceRule implements Labelled {
    RESIDENTS_PER_INSPECTOR_CITY("BR-01", "district.staffing.residents-per-inspector-city", "L181-190",
            new LocalizedText("Қалада учаскелік инспекторға келетін тұрғындар нормадан көп",
                    "В городе жителей на участкового инспектора больше нормы",
                    "Urban residents per inspector above the norm")),
    RESIDENTS_PER_POINT_HEAD_CITY("BR-02", "district.staffing.residents-per-dpp-head-city", "L191-194",
            new LocalizedText("УПП жұмысын ұйымдастыруға жауапты инспекторға келетін тұрғындар нормадан көп",
                    "Жителей на инспектора, ответственного за работу УПП, больше нормы",
                    "Residents per inspector heading the point above the norm")),
    RESIDENTS_PER_INSPECTOR_RURAL("BR-03", "district.staffing.residents-per-inspector-rural", "L196-197",
            new LocalizedText("Ауылда учаскелік инспекторға келетін тұрғындар нормадан көп",
                    "В сельской местности жителей на участкового инспектора больше нормы",
                    "Rural residents per inspector above the norm")),
    NO_INSPECTOR("WF-1", null, "L323-326, L370-371",
            new LocalizedText("Учаскеге инспектор бекітілмеген (бос лауазым)",
                    "За участком не закреплён инспектор (вакансия)", "No inspector assigned to the precinct (vacancy)")),
    VEHICLES_PER_POINT("BR-04", "district.vehicles.per-dpp-city", "L199-203",
            new LocalizedText("Қалада, аудан орталығында УПП-ға автокөлік нормадан аз",
                    "В городе, районном центре автотранспорта на УПП меньше нормы",
                    "Fewer vehicles per point than the norm (city, district centre)")),
    VEHICLES_PER_INSPECTOR_RURAL("BR-05", "district.vehicles.per-inspector-rural", "L205-206",
            new LocalizedText("Ауылда инспекторларға автокөлік нормадан аз",
                    "В сельской местности автотранспорта на инспекторов меньше нормы",
                    "Fewer vehicles for the rural inspectors than the norm")),
    PRECINCTS_PER_POINT("BR-06", "district.dpp.max-precincts-urban", "L329-331",
            new LocalizedText("Қалалық УПП-да әкімшілік учаскелер нормадан көп",
                    "В городском УПП административных участков больше нормы",
                    "More precincts in the urban point than the norm")),
    POINTS_PER_RURAL_SETTLEMENT("BR-07", "district.dpp.per-rural-settlement", "L330-331",
            new LocalizedText("Ауылдық елді мекенде УПП нормадан көп",
                    "В сельском населённом пункте УПП больше нормы",
                    "More points in the rural settlement than the norm")),
    OFFICE_AREA("BR-08", "district.dpp.office-area-per-officer", "L385-386",
            new LocalizedText("Жұмыс кабинеттерінің ауданы бір қызметкерге 7,5 м² нормадан аз",
                    "Площадь рабочих кабинетов меньше нормы на одного сотрудника",
                    "Office area per officer below the norm")),
    ROOMS("BR-09", null, "L385-389",
            new LocalizedText("УПП-да міндетті бөлмелер жоқ", "В УПП нет обязательных помещений",
                    "Required rooms missing in the point")),
    SEPARATE_ENTRANCE("BR-10", null, "L389-392",
            new LocalizedText("Ортақ немесе тұрғын ғимараттағы УПП-ның жеке кіреберісі жоқ",
                    "У УПП в общем или жилом здании нет отдельного входа",
                    "Point in a shared or residential building without a separate entrance")),
    CENTRAL_LOCATION("BR-10", null, "L392-393",
            new LocalizedText("УПП учаскенің орталығында орналаспаған", "УПП расположен не в центре участка",
                    "Point not in the centre of its precincts")),
    PREMISES_NOT_RECORDED("US-05", null, "L385-393",
            new LocalizedText("УПП үй-жайы мен автокөлігі тіркелмеген", "Помещение и транспорт УПП не внесены",
                    "Point premises and vehicles not recorded"));

    private final String ruleId;
    private final String normKey;
    private final String lines;
    private final LocalizedText label;

    ComplianceRule(String ruleId, String normKey, String lines, LocalizedText label) {
        this.ruleId = ruleId;
        this.normKey = normKey;
        this.lines = lines;
        this.label = label;
    }

    /** The business rule (§8.3) or user story it checks, e.g. {@code BR-01}. */
    public String ruleId() {
        return ruleId;
    }

    /** The norm giving the limit, or null for a checklist rule. */
    public String normKey() {
        return normKey;
    }

    /** The textbook lines. */
    public String lines() {
        return lines;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
