package kz.police.lps.core.api.org;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * The levels of the organisation, top down (textbook L16, L23-24, L323-383): region → police department →
 * city/district internal affairs body → Local Police Service → unit → district police point → precinct.
 */
public enum OrgUnitKind implements Labelled {
    REGION(new LocalizedText("облыс / республикалық маңызы бар қала", "область / город республиканского значения",
            "region (oblast / city of republican significance)")),
    POLICE_DEPARTMENT(new LocalizedText("полиция департаменті (ПД)", "департамент полиции (ДП)",
            "police department")),
    DISTRICT_BODY(new LocalizedText("қалалық, аудандық ішкі істер органы (ҚАПБ)", "городской, районный орган внутренних дел (ГРОП)",
            "city/district internal affairs body")),
    LOCAL_POLICE_SERVICE(new LocalizedText("жергілікті полиция қызметі (ЖПҚ)", "служба местной полицейской службы (МПС)",
            "Local Police Service")),
    UNIT(new LocalizedText("бөлініс", "подразделение", "unit")),
    POLICE_POINT(new LocalizedText("учаскелік полиция пункті (УПП)", "участковый пункт полиции (УПП)",
            "district police point")),
    PRECINCT(new LocalizedText("әкімшілік учаске", "административный участок", "administrative precinct"));

    private final LocalizedText label;

    OrgUnitKind(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** Whether a node of this kind may sit directly under a node of {@code parent} kind. */
    public boolean mayBeChildOf(OrgUnitKind parent) {
        if (parent == null) {
            return this == REGION;
        }
        return switch (this) {
            case REGION -> false;
            case POLICE_DEPARTMENT -> parent == REGION;
            case DISTRICT_BODY -> parent == POLICE_DEPARTMENT;
            case LOCAL_POLICE_SERVICE -> parent == DISTRICT_BODY;
            case UNIT -> parent == LOCAL_POLICE_SERVICE;
            case POLICE_POINT -> parent == UNIT;
            case PRECINCT -> parent == POLICE_POINT || parent == UNIT;
        };
    }
}
