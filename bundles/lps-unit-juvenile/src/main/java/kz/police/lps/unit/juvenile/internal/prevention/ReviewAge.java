package kz.police.lps.unit.juvenile.internal.prevention;

import java.time.LocalDate;
import java.time.Period;

/**
 * The coming-of-age rule of the register of minors (issue 6: a registration comes up for review when the minor turns
 * 18; the age is the configurable norm {@code juvenile.preventive.review-age}, the lead time of the review task
 * {@code juvenile.preventive.review-lead}). A person born on 29 February reaches an age on 28 February in a common
 * year ({@link LocalDate#plusYears}).
 */
public final class ReviewAge {

    private ReviewAge() {
    }

    /** The day the person reaches the age. */
    public static LocalDate reachesOn(LocalDate birthDate, int age) {
        return birthDate.plusYears(age);
    }

    /** The person's age in whole years on a day. */
    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /** Whether the person is under the age on the day (a minor, for the register of minors). */
    public static boolean under(LocalDate birthDate, int age, LocalDate day) {
        return day.isBefore(reachesOn(birthDate, age));
    }

    /** Whether the review task is due to exist on {@code today}: from {@code leadDays} before the review day on. */
    public static boolean taskDue(LocalDate birthDate, int age, int leadDays, LocalDate today) {
        return !today.isBefore(reachesOn(birthDate, age).minusDays(leadDays));
    }

    /** Whether a registration is "for review": the person has reached the age and no review decision was taken. */
    public static boolean forReview(LocalDate birthDate, int age, LocalDate today, boolean reviewed) {
        return birthDate != null && !reviewed && !under(birthDate, age, today);
    }
}
