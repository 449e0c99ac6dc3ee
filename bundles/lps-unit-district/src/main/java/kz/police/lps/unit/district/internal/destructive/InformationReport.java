package kz.police.lps.unit.district.internal.destructive;

import java.time.Instant;
import java.time.LocalDate;

/** A 10-day information report as filed (BR-31, L589-598), in the accumulation file of its point (BR-33). */
public record InformationReport(Long id, Long registrationId, Long personId, int windowNo, LocalDate windowDue,
        String actualAddress, String registeredAddress, String familyComposition, String lifestyleBehaviour,
        String otherOperationalInfo, InformationRecipient recipientKind, String recipientName, Instant sentAt,
        Long officerId, Long pointId, Long departmentId, String createdBy) {
}
