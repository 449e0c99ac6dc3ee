package kz.police.lps.core.api.unit;

import kz.police.lps.core.api.i18n.LocalizedText;

/** Something an officer opening the card must see first, e.g. an active protective order. */
public record CardAlert(String unitId, String code, Severity severity, LocalizedText text) {

    public enum Severity {
        INFO, WARNING, DANGER
    }
}
