package kz.police.lps.unit.district.internal.compliance;

import java.math.BigDecimal;

/** A norm value the check used in one region; {@code overridden}: the region's own value, not the act's. */
public record AppliedNorm(String key, long regionId, BigDecimal value, boolean overridden, String lines) {
}
