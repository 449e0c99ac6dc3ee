package kz.police.lps.unit.district.internal.firearms;

import kz.police.lps.core.api.person.Address;

/**
 * A person holding firearms for personal use, to record (L543-545).
 *
 * @param personId       the person in the core's registry
 * @param weapons        the weapons: kind, model, calibre, numbers
 * @param storageAddress where the weapons are kept; the person's actual address when null
 * @param precinctId     the precinct whose inspector checks; resolved from the storage address when null, else the
 *                       person's precinct
 */
public record NewFirearmOwner(Long personId, String permitNumber, PermitKind permitKind, String weapons,
        Address storageAddress, Long precinctId) {
}
