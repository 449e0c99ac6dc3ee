package kz.police.lps.core.internal.application;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import org.junit.Test;

import kz.police.lps.core.api.application.ApplicationStatus;
import kz.police.lps.core.api.error.ConflictException;
import kz.police.lps.core.internal.application.ApplicationLifecycle.Step;

public class ApplicationLifecycleTest {

    @Test
    public void theUsualPath() {
        ApplicationStatus s = ApplicationStatus.REGISTERED;
        s = ApplicationLifecycle.next(s, Step.ASSIGN);
        assertEquals(ApplicationStatus.ASSIGNED, s);
        assertEquals("re-assignment", ApplicationStatus.ASSIGNED, ApplicationLifecycle.next(s, Step.ASSIGN));
        s = ApplicationLifecycle.next(s, Step.DECIDE);
        assertEquals(ApplicationStatus.DECIDED, s);
        s = ApplicationLifecycle.next(s, Step.NOTIFY);
        assertEquals(ApplicationStatus.CLOSED, s);
    }

    @Test
    public void anUnassignedApplicationMayBeDecidedAtOnce() {
        assertEquals(ApplicationStatus.DECIDED, ApplicationLifecycle.next(ApplicationStatus.REGISTERED, Step.DECIDE));
    }

    @Test
    public void noStepBackOrTwice() {
        assertFalse(ApplicationLifecycle.allowed(ApplicationStatus.DECIDED, Step.DECIDE));
        assertFalse(ApplicationLifecycle.allowed(ApplicationStatus.DECIDED, Step.ASSIGN));
        assertFalse(ApplicationLifecycle.allowed(ApplicationStatus.CLOSED, Step.NOTIFY));
        assertFalse(ApplicationLifecycle.allowed(ApplicationStatus.CLOSED, Step.ASSIGN));
        assertFalse("the applicant is told of a decision", ApplicationLifecycle.allowed(ApplicationStatus.ASSIGNED,
                Step.NOTIFY));
        assertFalse(ApplicationLifecycle.allowed(ApplicationStatus.REGISTERED, Step.NOTIFY));
        assertTrue(ApplicationLifecycle.allowed(ApplicationStatus.ASSIGNED, Step.DECIDE));
    }

    @Test
    public void aRefusedStepIsAConflictNamingStatus() {
        try {
            ApplicationLifecycle.next(ApplicationStatus.DECIDED, Step.DECIDE);
            fail("decided twice");
        } catch (ConflictException e) {
            assertEquals(409, e.status());
            assertEquals("status", e.errors().get(0).field());
            assertEquals("application.status.step", e.errors().get(0).code());
        }
    }

    @Test
    public void openStatusesAreTheOnesWithARunningDeadline() {
        assertTrue(ApplicationStatus.REGISTERED.open());
        assertTrue(ApplicationStatus.ASSIGNED.open());
        assertFalse(ApplicationStatus.DECIDED.open());
        assertFalse(ApplicationStatus.CLOSED.open());
    }
}
