package kz.police.lps.core.internal.application;

import kz.police.lps.core.api.application.ApplicationStatus;
import kz.police.lps.core.api.error.ConflictException;

/**
 * The allowed steps: REGISTERED → ASSIGNED (and re-assigned while ASSIGNED) → DECIDED → CLOSED (applicant notified);
 * an unassigned application may be decided at once. Any other step is a 409 naming {@code status}.
 */
public final class ApplicationLifecycle {

    /** A step of the lifecycle. */
    public enum Step {
        ASSIGN, DECIDE, NOTIFY
    }

    private ApplicationLifecycle() {
    }

    public static boolean allowed(ApplicationStatus from, Step step) {
        return switch (step) {
            case ASSIGN, DECIDE -> from == ApplicationStatus.REGISTERED || from == ApplicationStatus.ASSIGNED;
            case NOTIFY -> from == ApplicationStatus.DECIDED;
        };
    }

    /** The status after the step. */
    public static ApplicationStatus next(ApplicationStatus from, Step step) {
        require(from, step);
        return switch (step) {
            case ASSIGN -> ApplicationStatus.ASSIGNED;
            case DECIDE -> ApplicationStatus.DECIDED;
            case NOTIFY -> ApplicationStatus.CLOSED;
        };
    }

    public static void require(ApplicationStatus from, Step step) {
        if (!allowed(from, step)) {
            throw new ConflictException("status", "application.status.step", from, step.name().toLowerCase());
        }
    }
}
