package kz.police.lps.core.api.application;

import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * A kind of application or report a unit handles, as its bundle declares it.
 *
 * @param code         {@code <unit>.<name>}, unique across units: e.g. {@code district.offence-report}
 * @param unitId       the unit that claims the kind
 * @param name         the kind's name in Kazakh, Russian and English
 * @param actCode      the legal act the kind comes from, or null
 * @param lines        the textbook lines it comes from, e.g. {@code L478-483}
 * @param decisionNorm the key of the norm giving the decision deadline (a duration counted from receipt)
 * @param restricted   need-to-know: only holders of a role of the unit (and {@code lps-admin}) may read such
 *                     applications, e.g. domestic-violence reports
 */
public record ApplicationKind(String code, String unitId, LocalizedText name, String actCode, String lines,
        String decisionNorm, boolean restricted) {
}
