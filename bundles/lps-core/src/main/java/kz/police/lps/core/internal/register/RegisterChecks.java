package kz.police.lps.core.internal.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.norm.Norm;
import kz.police.lps.core.api.register.RegisterDefinition;
import kz.police.lps.core.api.register.RegisterService;
import kz.police.lps.core.api.task.NewTask;
import kz.police.lps.core.api.task.Periodicity;
import kz.police.lps.core.internal.calendar.CalendarRules;

/**
 * The planned checks of persons on a register, free of storage so they can be tested alone: one task per active
 * registration and period of its ground's periodicity norm ("at least N per month"), due at the end of the period's
 * last day, unless a check is already recorded in the period.
 */
public final class RegisterChecks {

    /** The prefix of the tasks' origin keys: {@code register-check:<registration id>:<period>}. */
    public static final String ORIGIN_PREFIX = "register-check:";

    /** An active registration whose ground has planned checks: the columns the task needs, nothing more. */
    public record Candidate(long registrationId, String registerId, Long departmentId, Long officerId,
            LocalDate lastCheckedOn) {
    }

    private RegisterChecks() {
    }

    /** The period of the norm's periodicity containing the day. */
    public static ReportingPeriod period(Norm norm, LocalDate day) {
        return Periodicity.periodOf(norm, day);
    }

    public static String originKey(long registrationId, ReportingPeriod period) {
        return ORIGIN_PREFIX + registrationId + ":" + period;
    }

    /** The end of the period's last day in the calendar's zone. */
    public static Instant dueAt(ReportingPeriod period, ZoneId zone) {
        return CalendarRules.endOf(period.end(), zone);
    }

    /** How many checks a period needs: the norm's value, at least one (a region may set 0: no planned checks). */
    public static int required(Norm norm) {
        return norm.value().signum() <= 0 ? 0 : Math.max(1, norm.value().setScale(0, java.math.RoundingMode.CEILING)
                .min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue());
    }

    /** Whether the checks recorded in a period complete its planned-check task. */
    public static boolean completes(int checksInPeriod, Norm norm) {
        int required = required(norm);
        return required > 0 && checksInPeriod >= required;
    }

    /**
     * The task a candidate needs today, or empty when the norm asks for no checks or a check is already recorded in
     * the period (a period needing more than one check keeps its task open until they are all recorded).
     *
     * @param norm the periodicity norm as in force in the registration's region
     */
    public static Optional<NewTask> task(Candidate c, RegisterDefinition register, Norm norm, LocalDate today,
            ZoneId zone) {
        if (required(norm) == 0) {
            return Optional.empty();
        }
        ReportingPeriod period = period(norm, today);
        if (c.lastCheckedOn() != null && !c.lastCheckedOn().isBefore(period.start())) {
            return Optional.empty();
        }
        String title = "Жоспарлы тексеру: " + register.name().kk() + " (" + period + ")";
        return Optional.of(NewTask.dueAt(register.unitId(), RegisterService.CHECK_TASK_KIND, title,
                RegisterService.SUBJECT, c.registrationId(), c.departmentId(), c.officerId(), dueAt(period, zone))
                .withOriginKey(originKey(c.registrationId(), period)));
    }
}
