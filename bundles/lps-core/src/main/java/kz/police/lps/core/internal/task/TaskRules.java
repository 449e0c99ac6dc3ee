package kz.police.lps.core.internal.task;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kz.police.lps.core.api.task.TaskStatus;

/**
 * The decisions of the task scheduler, free of storage so they can be tested alone: when an open task escalates, to
 * which head, and who works it while the assignee is away.
 */
public final class TaskRules {

    /** An officer holding the head role of the task's unit, placed at the department with this path. */
    public record HeadCandidate(long officerId, String departmentPath) {
    }

    private TaskRules() {
    }

    /**
     * An open task escalates once it is past due by more than the grace (configurable; the textbook sets none) and
     * has not escalated before.
     */
    public static boolean escalates(TaskStatus status, Instant dueAt, Instant escalatedAt, Instant now,
            Duration grace) {
        return status == TaskStatus.OPEN && escalatedAt == null && dueAt.plus(grace).isBefore(now);
    }

    /**
     * The head a task escalates to: the candidate placed nearest above (or at) the task's department, never the
     * assignee themself; empty when no candidate's department contains the task's.
     */
    public static Optional<Long> headFor(String taskDepartmentPath, Long assigneeId, List<HeadCandidate> candidates) {
        return candidates.stream()
                .filter(c -> taskDepartmentPath.startsWith(c.departmentPath()))
                .filter(c -> assigneeId == null || c.officerId() != assigneeId)
                .max(Comparator.comparingInt((HeadCandidate c) -> c.departmentPath().length())
                        .thenComparing(HeadCandidate::officerId, Comparator.reverseOrder()))
                .map(HeadCandidate::officerId);
    }

    /** The materialised path's node ids, root first: {@code /1/4/9/} → 1, 4, 9. */
    public static List<Long> nodeIds(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    }

    /**
     * Who works an open task today: the cover named by the assignee's absence, while it lasts; back to the officer it
     * was given to once they are back. Returns the new assignee and original assignee, or empty when nothing changes.
     *
     * @param assigneeId          the current assignee
     * @param originalAssigneeId  the officer covered for, when the task is with a cover now
     * @param coverOfAssignee     the cover named by the current assignee's absence today, or null
     * @param originalAbsentToday whether the covered officer is still away today
     */
    public static Optional<Routing> route(Long assigneeId, Long originalAssigneeId, Long coverOfAssignee,
            boolean originalAbsentToday) {
        if (originalAssigneeId != null && !originalAbsentToday) {
            return Optional.of(new Routing(originalAssigneeId, null));
        }
        if (assigneeId != null && coverOfAssignee != null && !coverOfAssignee.equals(assigneeId)) {
            return Optional.of(new Routing(coverOfAssignee, originalAssigneeId != null ? originalAssigneeId
                    : assigneeId));
        }
        return Optional.empty();
    }

    /** A routing decision: the officer who works the task and the one covered for (null when back with them). */
    public record Routing(Long assigneeId, Long originalAssigneeId) {
    }
}
