package kz.police.lps.core.internal.task;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.Test;

import kz.police.lps.core.api.task.TaskStatus;
import kz.police.lps.core.internal.task.TaskRules.HeadCandidate;
import kz.police.lps.core.internal.task.TaskRules.Routing;

public class TaskRulesTest {

    private static final Instant DUE = Instant.parse("2026-04-01T18:59:59Z");

    @Test
    public void escalatesOnlyOpenTasksPastDueAndGraceOnce() {
        Instant after = DUE.plusSeconds(1);
        assertTrue(TaskRules.escalates(TaskStatus.OPEN, DUE, null, after, Duration.ZERO));
        assertFalse("not yet due", TaskRules.escalates(TaskStatus.OPEN, DUE, null, DUE, Duration.ZERO));
        assertFalse("done", TaskRules.escalates(TaskStatus.DONE, DUE, null, after, Duration.ZERO));
        assertFalse("cancelled", TaskRules.escalates(TaskStatus.CANCELLED, DUE, null, after, Duration.ZERO));
        assertFalse("escalated before", TaskRules.escalates(TaskStatus.OPEN, DUE, after, after, Duration.ZERO));
        Duration grace = Duration.ofMinutes(30);
        assertFalse("within grace", TaskRules.escalates(TaskStatus.OPEN, DUE, null, DUE.plus(grace), grace));
        assertTrue("past grace", TaskRules.escalates(TaskStatus.OPEN, DUE, null, DUE.plus(grace).plusSeconds(1),
                grace));
    }

    @Test
    public void escalatesToTheNearestHeadAboveTheDepartment() {
        List<HeadCandidate> heads = List.of(new HeadCandidate(1, "/1/"), new HeadCandidate(7, "/1/4/"),
                new HeadCandidate(9, "/1/5/"));
        assertEquals(Optional.of(7L), TaskRules.headFor("/1/4/12/30/", 100L, heads));
        assertEquals("another branch's head never", Optional.of(1L), TaskRules.headFor("/1/6/", 100L, heads));
        assertEquals("a head of the same node counts", Optional.of(7L), TaskRules.headFor("/1/4/", 100L, heads));
        assertEquals("never the assignee: up one level", Optional.of(1L), TaskRules.headFor("/1/4/12/", 7L, heads));
        assertEquals("/1/40/ is not under /1/4/", Optional.of(1L), TaskRules.headFor("/1/40/", null, heads));
        assertEquals(Optional.empty(), TaskRules.headFor("/2/3/", null, heads));
    }

    @Test
    public void routesToTheCoverAndBack() {
        assertEquals("away with a cover", Optional.of(new Routing(5L, 3L)), TaskRules.route(3L, null, 5L, false));
        assertEquals("away without a cover", Optional.empty(), TaskRules.route(3L, null, null, false));
        assertEquals("cover still needed", Optional.empty(), TaskRules.route(5L, 3L, null, true));
        assertEquals("back", Optional.of(new Routing(3L, null)), TaskRules.route(5L, 3L, null, false));
        assertEquals("the cover is away too: their cover, still for the first", Optional.of(new Routing(8L, 3L)),
                TaskRules.route(5L, 3L, 8L, true));
        assertEquals("unassigned", Optional.empty(), TaskRules.route(null, null, null, false));
    }

    @Test
    public void pathNodes() {
        assertEquals(List.of(1L, 4L, 9L), TaskRules.nodeIds("/1/4/9/"));
    }
}
