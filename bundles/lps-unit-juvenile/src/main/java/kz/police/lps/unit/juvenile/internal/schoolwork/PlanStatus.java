package kz.police.lps.unit.juvenile.internal.schoolwork;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/** The course of a joint activity plan (WF-J8): drafted, approved by the school and by the police in either order, in force, its quarter closed, the quarter's statement issued. */
public enum PlanStatus implements Labelled {
    DRAFT(new LocalizedText("жоба", "проект", "draft")),
    APPROVED_BY_SCHOOL(new LocalizedText("мектеп басшысы бекітті", "утверждён руководителем школы", "approved by the school")),
    APPROVED_BY_POLICE(new LocalizedText("полиция бекітті", "утверждён полицией", "approved by the police")),
    IN_FORCE(new LocalizedText("күшінде", "действует", "in force")),
    QUARTER_CLOSED(new LocalizedText("тоқсан аяқталды", "четверть завершена", "quarter closed")),
    STATEMENT_ISSUED(new LocalizedText("анықтама жасалды", "справка составлена", "statement issued"));

    private final LocalizedText label;

    PlanStatus(LocalizedText label) {
        this.label = label;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
