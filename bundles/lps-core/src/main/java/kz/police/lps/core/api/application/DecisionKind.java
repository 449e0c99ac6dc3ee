package kz.police.lps.core.api.application;

import kz.police.lps.core.api.i18n.Labelled;
import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * What was decided on an application or report. From the textbook: administrative proceedings or pre-trial
 * investigation within competence (L475-477, L2241-2243, L3122), measures taken (L2543-2545, L3126-3128), referral to
 * the competent body with notice to the applicant (L2551-2553), and the four outcomes of a complaint under the
 * Administrative Procedural Code: satisfied fully or partly, refused with reasons, explanation on the merits,
 * consideration terminated (L2555-2564). Joining another case is an inference.
 */
public enum DecisionKind implements Labelled {
    ADMINISTRATIVE_PROCEEDINGS(false, false, new LocalizedText("әкімшілік іс жүргізу басталды",
            "начато административное производство", "administrative proceedings started")),
    PRE_TRIAL_REGISTER(true, false, new LocalizedText(
            "сотқа дейінгі тергеп-тексерулердің бірыңғай тізілімінде тіркелді",
            "зарегистрировано в ЕРДР", "entered in the Unified Register of Pre-trial Investigations")),
    REFERRED_BY_JURISDICTION(false, true, new LocalizedText("құзыреті бойынша жіберілді",
            "направлено по компетенции", "referred to the competent body")),
    MEASURES_TAKEN(false, false, new LocalizedText("шаралар қабылданды", "приняты меры", "measures taken")),
    SATISFIED(false, false, new LocalizedText("толық немесе ішінара қанағаттандырылды",
            "удовлетворено полностью или частично", "satisfied fully or partly")),
    REFUSED(false, true, new LocalizedText("негіздеме бойынша қанағаттандырудан бас тартылды",
            "отказано в удовлетворении с обоснованием", "refused with reasons")),
    EXPLAINED(false, false, new LocalizedText("мәні бойынша түсінік берілді", "дано разъяснение по существу",
            "explanation on the merits given")),
    TERMINATED(false, true, new LocalizedText("қарау тоқтатылды", "рассмотрение прекращено",
            "consideration terminated")),
    ATTACHED_TO_CASE(false, true, new LocalizedText("басқа іске қосылды", "приобщено к другому делу",
            "attached to another case"));

    private final boolean criminalProcedure;
    private final boolean needsText;
    private final LocalizedText label;

    DecisionKind(boolean criminalProcedure, boolean needsText, LocalizedText label) {
        this.criminalProcedure = criminalProcedure;
        this.needsText = needsText;
        this.label = label;
    }

    /**
     * A procedural decision on a criminal offence: an assistant to the district inspector may not take it on their
     * own (L364-367).
     */
    public boolean criminalProcedure() {
        return criminalProcedure;
    }

    /** The decision text must say why or where: the reasons of a refusal (L2559), the body referred to, the case. */
    public boolean needsText() {
        return needsText;
    }

    @Override
    public LocalizedText label() {
        return label;
    }
}
