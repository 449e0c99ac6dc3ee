package kz.police.lps.unit.district.internal.firearms;

import java.util.Optional;

import kz.police.lps.core.api.org.Officer;
import kz.police.lps.core.api.org.OfficerService;
import kz.police.lps.core.api.org.OfficerStatus;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;

/** The district inspector of a precinct: the unit's officer on duty serving in the precinct's node. */
final class PrecinctInspector {

    private PrecinctInspector() {
    }

    static Optional<Long> of(OfficerService officers, long precinctId) {
        return officers.list(Caller.system(DistrictAccess.UNIT), precinctId, DistrictAccess.UNIT,
                PageRequest.first(20)).items().stream().filter(o -> o.status() == OfficerStatus.ACTIVE)
                .map(Officer::id).findFirst();
    }
}
