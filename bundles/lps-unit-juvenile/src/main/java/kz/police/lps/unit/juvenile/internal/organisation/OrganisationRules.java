package kz.police.lps.unit.juvenile.internal.organisation;

import java.util.Optional;

import kz.police.lps.unit.juvenile.internal.school.ShiftMode;

/**
 * The organisation rules of the juvenile affairs unit as pure functions; the figures come from the norms
 * ({@code juvenile.school-inspector.adjacent-precinct.*}, {@code juvenile.staffing.senior-inspector-unassigned-above}),
 * never from here.
 */
public final class OrganisationRules {

    private OrganisationRules() {
    }

    /** Why a rule refuses: the message key and its arguments. */
    public record Refusal(String key, Object... args) {
    }

    /**
     * N-J3 / BR-J05 (L870-875): a school inspector may also hold the precinct adjacent to the school only if the
     * school teaches in a single shift OR has at most {@code maxStudents} students, AND at most
     * {@code maxResidentMinors} minors live in the precinct.
     *
     * @param residentMinors the minors living in the precinct as recorded by the head; null when not recorded
     */
    public static Optional<Refusal> adjacentPrecinct(ShiftMode shift, int students, int maxStudents,
            Integer residentMinors, int maxResidentMinors) {
        if (shift != ShiftMode.SINGLE && students > maxStudents) {
            return Optional.of(new Refusal("juvenile.org.adjacent.school-too-large", students, maxStudents));
        }
        if (residentMinors == null) {
            return Optional.of(new Refusal("juvenile.org.adjacent.minors-unknown"));
        }
        if (residentMinors > maxResidentMinors) {
            return Optional.of(new Refusal("juvenile.org.adjacent.too-many-minors", residentMinors,
                    maxResidentMinors));
        }
        return Optional.empty();
    }

    /**
     * BR-J07 / N-J5, N-J6 (L892-897): the unit's head is never assigned to a precinct; where the unit has no head
     * post and more than {@code seniorUnassignedAbove} inspectors, its senior inspector is not assigned either.
     *
     * @param inspectors the unit's inspectors on duty
     */
    public static Optional<Refusal> precinctExempt(long officerId, Long headOfficerId, boolean headPost,
            Long seniorOfficerId, int inspectors, int seniorUnassignedAbove) {
        if (headOfficerId != null && headOfficerId == officerId) {
            return Optional.of(new Refusal("juvenile.org.head-exempt"));
        }
        if (!headPost && seniorOfficerId != null && seniorOfficerId == officerId
                && inspectors > seniorUnassignedAbove) {
            return Optional.of(new Refusal("juvenile.org.senior-exempt", inspectors, seniorUnassignedAbove));
        }
        return Optional.empty();
    }
}
