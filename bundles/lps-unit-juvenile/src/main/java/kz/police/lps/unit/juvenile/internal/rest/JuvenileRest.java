package kz.police.lps.unit.juvenile.internal.rest;

import kz.police.lps.core.api.rest.RestResources;

/** What the unit's REST resources share: their base path. */
public final class JuvenileRest {

    /** The unit's resources are served under {@code /api/v1/juvenile}. */
    public static final String BASE = RestResources.BASE + "=/juvenile";

    private JuvenileRest() {
    }
}
