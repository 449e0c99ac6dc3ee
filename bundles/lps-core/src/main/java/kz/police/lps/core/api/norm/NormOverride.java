package kz.police.lps.core.api.norm;

import java.math.BigDecimal;
import java.time.Instant;

/** A region's own value for a norm, set by an administrator (audited). */
public record NormOverride(String key, long regionId, BigDecimal value, String reason, String setBy, Instant setAt) {
}
