package kz.police.lps.unit.juvenile.internal.information;

import java.time.Instant;

/**
 * A significant-information report (баянат, §4.15, L951-956) and its way: signed by management, checked, and filed
 * with the check results in the significant-information accumulation file ({@code fileKey}: {@code person:<id>} for
 * a report about a person, else {@code department:<id>}).
 */
public record SignificantInfo(Long id, Long officerId, Long departmentId, Instant reportedAt, Long personId,
        String subject, String facts, String recipient, InfoStatus status, String signedBy, Instant signedAt,
        String checkResult, Instant checkedAt, String fileKey, Instant filedAt, Long taskId, String createdBy,
        Instant createdAt, Long version) {
}
