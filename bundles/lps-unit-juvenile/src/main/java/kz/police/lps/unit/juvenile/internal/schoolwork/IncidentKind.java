package kz.police.lps.unit.juvenile.internal.schoolwork;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** What a student did (L1177-1181, L1140-1144): an offence, a criminal offence (which initiates the prevention council), another antisocial act, or the use of alcohol, psychotropic or intoxicating substances. */
public enum IncidentKind implements Labelled {
    ADMINISTRATIVE_OFFENCE(new LocalizedText("әкімшілік құқық бұзушылық", "административное правонарушение", "administrative offence")),
    CRIMINAL_OFFENCE(new LocalizedText("қылмыстық құқық бұзушылық", "уголовное правонарушение", "criminal offence")),
    ANTISOCIAL_ACT(new LocalizedText("өзге де қоғамға жат әрекет", "иное антиобщественное действие", "other antisocial act")),
    ALCOHOL(new LocalizedText("алкогольді тұтыну", "употребление алкоголя", "alcohol use")),
    PSYCHOTROPIC(new LocalizedText("психотроптық заттарды тұтыну", "употребление психотропных веществ", "psychotropic substance use")),
    INTOXICATING(new LocalizedText("есеңгірететін заттарды тұтыну", "употребление одурманивающих веществ", "intoxicating substance use"));

    private final LocalizedText label;

    IncidentKind(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    /** A criminal offence initiates a prevention council meeting (BR-J16, L1140-1144). */
    public boolean criminal() {
        return this == CRIMINAL_OFFENCE;
    }
}
