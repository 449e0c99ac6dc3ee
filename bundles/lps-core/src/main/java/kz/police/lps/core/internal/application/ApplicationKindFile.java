package kz.police.lps.core.internal.application;

import java.util.List;

import kz.police.lps.core.api.i18n.LocalizedText;

/** The JSON file a bundle ships its application kinds in (manifest header {@code LPS-Application-Kinds}). */
public record ApplicationKindFile(String unit, List<Entry> kinds) {

    public ApplicationKindFile {
        kinds = kinds == null ? List.of() : kinds;
    }

    /**
     * One kind.
     *
     * @param decisionNorm the unit's norm giving the decision deadline
     * @param restricted   need-to-know; false when absent
     */
    public record Entry(String code, LocalizedText name, String act, String lines, String decisionNorm,
            Boolean restricted) {
    }
}
