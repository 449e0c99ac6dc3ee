package kz.police.lps.unit.district.internal.information;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A significant-information message (маңызды ақпарат): collected in the precinct and passed to an interested IAB
 * unit or state body (textbook L456-458), or exchanged with criminal police, counter-extremism, investigation,
 * inquiry, probation and operational units (L632-641).
 *
 * @param officerId  the inspector or assistant who collected and passed it
 * @param date       the day it was passed on
 * @param source     where it came from
 * @param recipient  the IAB unit or state body it was passed to
 */
public record SignificantInfo(Long id, Long departmentId, Long officerId, LocalDate date, String subject,
        String summary, String source, String recipient, Sensitivity sensitivity, String createdBy, Instant createdAt,
        Long version) {
}
