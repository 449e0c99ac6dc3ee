package kz.police.lps.core.api.unit;

import java.util.List;
import java.util.Map;

/** A unit installed right now, as listed by {@code GET /api/v1/units}. */
public record UnitInfo(String id, String name, Map<String, String> names, String version, List<String> roles,
        String restBasePath, String bundle) {
}
