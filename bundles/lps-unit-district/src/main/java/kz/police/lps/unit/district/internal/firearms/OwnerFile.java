package kz.police.lps.unit.district.internal.firearms;

import java.util.List;

/** A firearm owner with the checks (latest first) and the assignments. */
public record OwnerFile(FirearmOwner owner, List<FirearmCheck> checks, List<CheckAssignment> assignments) {
}
