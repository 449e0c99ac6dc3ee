package kz.police.lps.unit.district.internal.rest;

import kz.police.lps.core.api.rest.RestResources;

/** What the unit's REST resources share: their base path. */
public final class DistrictRest {

    /** The unit's resources are served under {@code /api/v1/district}. */
    public static final String BASE = RestResources.BASE + "=/district";

    private DistrictRest() {
    }
}
