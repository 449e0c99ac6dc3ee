package kz.police.lps.core.internal.norm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.norm.ActKind;
import kz.police.lps.core.api.norm.NormBinding;
import kz.police.lps.core.api.norm.NormLimit;
import kz.police.lps.core.api.norm.NormUnit;

/** The JSON file a bundle ships its acts and norms in (manifest header {@code LPS-Norms}). */
public record NormFile(String unit, List<Act> acts, List<Entry> norms) {

    public NormFile {
        acts = acts == null ? List.of() : acts;
        norms = norms == null ? List.of() : norms;
    }

    public record Act(String code, ActKind kind, String number, LocalDate date, LocalizedText title, String lines) {
    }

    public record Entry(String key, LocalizedText description, BigDecimal value, BigDecimal valueMax, NormUnit unit,
            NormLimit limit, NormBinding binding, String act, String lines) {
    }
}
