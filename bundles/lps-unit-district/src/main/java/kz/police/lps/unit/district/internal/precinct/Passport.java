package kz.police.lps.unit.district.internal.precinct;

import java.util.List;

/** A precinct's passport as it stands: the latest version of each section written so far. */
public record Passport(Long precinctId, List<PassportEntry> sections) {
}
