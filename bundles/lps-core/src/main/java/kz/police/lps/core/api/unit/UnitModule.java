package kz.police.lps.core.api.unit;

import java.util.Set;

import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * Whiteboard service a unit bundle registers to announce itself. The core lists the registered modules at
 * {@code GET /api/v1/units}; in demo mode it creates the demo accounts for the unit's inspector and head roles.
 */
public interface UnitModule {

    /** The unit id: {@code district}, {@code juvenile}, {@code patrol}, {@code womens-protection}, {@code nature}. */
    String id();

    LocalizedText name();

    /** The unit bundle's version. */
    String version();

    /** The roles the unit defines; at least {@code <id>-inspector}, {@code <id>-head}, {@code <id>-viewer}. */
    Set<String> roles();

    /** The REST base path of the unit's resources, e.g. {@code /api/v1/district}. */
    default String restBasePath() {
        return "/api/v1/" + id();
    }
}
