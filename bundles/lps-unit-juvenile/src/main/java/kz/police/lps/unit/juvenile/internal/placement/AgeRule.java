package kz.police.lps.unit.juvenile.internal.placement;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * Who may be placed in the adaptation centre by age (BR-J26, N-J17, L977-980): unattended children (category
 * {@link CentreCategory#UNATTENDED_OR_HOMELESS}) aged from the norm's lower bound up to, not including, its upper bound
 * ("үш жастан он сегіз жасқа дейінгі": from three to eighteen); any other category only minors (under the age of
 * majority). The bounds come from the norms, never from literals here.
 */
public final class AgeRule {

    private AgeRule() {
    }

    /** Full years on the day. */
    public static int age(LocalDate birthDate, LocalDate on) {
        return Period.between(birthDate, on).getYears();
    }

    /**
     * The message key of the breach, if any.
     *
     * @param min      the range's lower bound (inclusive), juvenile.adaptation-centre.age
     * @param max      the range's upper bound (exclusive), its valueMax
     * @param majority the age of majority (exclusive bound of a minor)
     */
    public static Optional<String> problem(CentreCategory category, int age, int min, int max, int majority) {
        if (category.unattended()) {
            return age < min || age >= max ? Optional.of("juvenile.placement.age.range") : Optional.empty();
        }
        return age >= majority ? Optional.of("juvenile.placement.age.minor") : Optional.empty();
    }
}
