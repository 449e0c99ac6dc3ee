package kz.police.lps.unit.juvenile.internal.referral;

import java.time.LocalDate;

/**
 * A step of materials for the court or the Commission: {@code SENT} (to the addressee), {@code CLAIM_FILED} (parental
 * rights: the Commission's claim filed with the court), {@code DECIDED} (with the decision).
 *
 * @param on the day of the step; today when null
 */
public record MaterialsStep(MaterialsStatus step, LocalDate on, CaseDecision decision, String note) {
}
