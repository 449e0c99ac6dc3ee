package kz.police.lps.unit.juvenile.internal.statement;

import kz.police.lps.core.api.i18n.LocalizedText;

/** One figure of a statement: an activity counter's key and label, and the count of the month. */
public record Figure(String key, LocalizedText label, long count) {
}
