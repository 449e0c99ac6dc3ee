package kz.police.lps.unit.juvenile.internal.prevention;

import java.time.Instant;
import java.time.LocalDate;

import kz.police.lps.core.api.register.RegistrationStatus;

/**
 * A journal entry with its registration's state: the number in its journal ({@code journalNo} of {@code journalYear}
 * in the department), and, on the register of minors, the day the person reaches the review age ({@code reviewOn})
 * and whether the registration is up for review ({@code forReview}) until a review decision is taken.
 */
public record JournalEntry(Long id, long registrationId, String registerId, Journal journal, int journalYear,
        long journalNo, long personId, LocalDate birthDate, String groundCode, String basisDocument,
        LocalDate basisDate, LocalDate registeredOn, Long officerId, Long sourceNoticeId, RegistrationStatus status,
        LocalDate removedOn, LocalDate reviewOn, boolean forReview, ReviewDecision reviewDecision, String reviewNote,
        LocalDate reviewedOn, long departmentId, String createdBy, Instant createdAt, Long registrationVersion,
        Long version) {
}
