package kz.police.lps.unit.juvenile.internal.raid;

import java.time.LocalDate;
import java.util.List;

/** A joint operational-preventive activity to record (US-J48): day, place, the units taking part, minors met. */
public record NewRaid(Long officerId, LocalDate heldOn, String place, List<ParticipatingUnit> units,
        String otherUnits, Integer minorsEncountered, String results) {
}
