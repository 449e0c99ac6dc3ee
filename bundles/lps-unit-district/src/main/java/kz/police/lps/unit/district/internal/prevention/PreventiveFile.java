package kz.police.lps.unit.district.internal.prevention;

import java.util.List;

import kz.police.lps.core.api.register.Registration;

/**
 * A registration on the preventive register with what the unit holds about it: the placement's basis (null when the
 * person was placed through the core's API), the work log and the forensic registrations, latest first.
 */
public record PreventiveFile(Registration registration, PreventivePlacement placement, List<PreventiveWork> work,
        List<ForensicRegistration> forensic) {
}
