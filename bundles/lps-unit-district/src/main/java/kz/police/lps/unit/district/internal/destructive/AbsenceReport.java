package kz.police.lps.unit.district.internal.destructive;

import java.time.Instant;

/**
 * The written report (баянат / рапорт) on an absence to the head of the internal affairs body (L603-604).
 *
 * @param reportedAt when it was handed in; now when null
 * @param head       the head of the body it is addressed to
 */
public record AbsenceReport(Instant reportedAt, String head, String text) {
}
