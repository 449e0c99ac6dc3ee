package kz.police.lps.core.api.norm;

import java.math.BigDecimal;

import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * A numeric norm.
 *
 * @param key         stable key, prefixed with the unit id: {@code district.firearm-owner-check.report-deadline}
 * @param unitId      the unit that contributes it ({@code core} for the core)
 * @param value       the value in force (a region's override when one applies, else the act's value)
 * @param valueMax    upper end for {@link NormLimit#RANGE}, else null
 * @param defaultValue the value as the act states it
 * @param actCode     the act it comes from ({@link LegalAct#code()}), null for a configurable norm
 * @param lines       the textbook lines it comes from, e.g. {@code L551-558}
 * @param overridden  whether {@code value} is a region's override
 */
public record Norm(String key, String unitId, LocalizedText description, BigDecimal value, BigDecimal valueMax,
        NormUnit unit, NormLimit limit, NormBinding binding, BigDecimal defaultValue, String actCode, String lines,
        boolean overridden) {

    public int intValue() {
        return value.intValueExact();
    }
}
