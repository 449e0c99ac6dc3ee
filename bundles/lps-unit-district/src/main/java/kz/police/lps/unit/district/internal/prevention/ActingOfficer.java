package kz.police.lps.unit.district.internal.prevention;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.unit.district.internal.DistrictAccess;

/** The officer a prevention record names as the one who did the work. */
public final class ActingOfficer {

    private ActingOfficer() {
    }

    /**
     * The officer named (a head may name any district officer in scope, others only themselves), else the caller's
     * own officer record, else none (an administrator without one).
     */
    public static Long of(DistrictAccess access, Caller caller, Long officerId, AuditAction action, String subject) {
        if (officerId == null && access.officerIdOf(caller).isEmpty()) {
            return null;
        }
        return access.actingFor(caller, "officerId", officerId, action, subject).id();
    }
}
