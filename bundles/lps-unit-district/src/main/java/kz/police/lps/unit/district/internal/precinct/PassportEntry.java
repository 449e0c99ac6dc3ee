package kz.police.lps.unit.district.internal.precinct;

import java.time.Instant;

/**
 * One version of one passport section.
 *
 * @param version    the section's version (1, 2, ...): If-Match of the next update
 * @param handoverId the handover that wrote it (section {@code HANDOVER})
 * @param officerId  the officer who wrote it, when the writer is an officer
 */
public record PassportEntry(Long id, Long precinctId, PassportSection section, int version, String content,
        Long handoverId, Long officerId, String createdBy, Instant createdAt) {
}
