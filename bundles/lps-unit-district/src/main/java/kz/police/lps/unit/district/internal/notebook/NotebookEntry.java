package kz.police.lps.unit.district.internal.notebook;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A work-notebook entry (жұмыс дәптері, textbook L432-435): an assignment from the officer's direct superior and its
 * deadline. The deadline is also an open task of the officer in the core's task engine ({@code taskId}), so it shows
 * in "my tasks", is re-routed to a cover and escalates when overdue.
 *
 * @param issuedBy who gave the assignment (the superior's name and position, as written in the notebook)
 */
public record NotebookEntry(Long id, Long officerId, Long departmentId, String assignment, String issuedBy,
        LocalDate issuedOn, LocalDate deadline, Long taskId, Instant doneAt, String doneNote, String createdBy,
        Instant createdAt, Long version) {
}
