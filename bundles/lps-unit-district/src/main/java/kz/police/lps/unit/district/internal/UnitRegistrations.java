package kz.police.lps.unit.district.internal;

import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.api.error.NotFoundException;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.register.Registration;
import kz.police.lps.core.api.security.Caller;

/** A registration on one of the unit's registers, read with the caller's rights (the core checks scope and audits). */
public final class UnitRegistrations {

    private UnitRegistrations() {
    }

    /** The registration, 404 when there is none or it is on another register. */
    public static Registration of(RegisterService registers, Caller caller, String registerId, long id) {
        Registration r = registers.get(caller, id);
        if (!registerId.equals(r.registerId())) {
            throw new NotFoundException(RegisterService.SUBJECT, id);
        }
        return r;
    }

    /** As {@link #of}, and 409 when the person has been removed from the register. */
    public static Registration active(RegisterService registers, Caller caller, String registerId, long id) {
        Registration r = of(registers, caller, registerId, id);
        if (!r.active()) {
            throw new ConflictException("status", "registration.removed");
        }
        return r;
    }
}
