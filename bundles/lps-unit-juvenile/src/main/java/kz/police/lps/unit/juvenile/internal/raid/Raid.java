package kz.police.lps.unit.juvenile.internal.raid;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A joint raid as the API shows it, with the ids of the deliveries made during it. */
public record Raid(Long id, Long departmentId, Long officerId, LocalDate heldOn, String place,
        List<ParticipatingUnit> units, String otherUnits, int minorsEncountered, String results,
        List<Long> deliveryIds, String createdBy, Instant createdAt, Long version) {
}
