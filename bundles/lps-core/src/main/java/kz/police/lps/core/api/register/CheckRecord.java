package kz.police.lps.core.api.register;

import java.time.Instant;
import java.time.LocalDate;

/** A recorded check of a person on a register. */
public record CheckRecord(Long id, long registrationId, LocalDate checkedOn, CheckMethod method, CheckResult result,
        Long officerId, String note, String createdBy, Instant createdAt) {
}
