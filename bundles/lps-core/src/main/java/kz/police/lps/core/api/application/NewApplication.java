package kz.police.lps.core.api.application;

import java.time.Instant;

/**
 * An application or report to register.
 *
 * @param kindCode     the kind ({@link ApplicationKind#code()}); an installed unit must claim it
 * @param channel      how it came in
 * @param receivedAt   when it was received (not in the future); null means now. The decision deadline counts from it
 * @param applicant    who applied
 * @param summary      what it is about (at most 4000 characters)
 * @param departmentId the department registering it (its owner); null means the caller's own
 */
public record NewApplication(String kindCode, Channel channel, Instant receivedAt, Applicant applicant,
        String summary, Long departmentId) {
}
