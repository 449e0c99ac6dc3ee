package kz.police.lps.unit.juvenile.internal.notebook;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A work-notebook entry (жұмыс дәптері, N-J7, L900-902) of a juvenile inspector: a task of the city/district
 * leadership or a planned activity, the juvenile duty it serves (BR-J08) and its deadline, which is an open task of
 * the officer in the core's engine ({@code taskId}).
 */
public record NotebookEntry(Long id, Long officerId, Long departmentId, EntrySource source, JuvenileDuty dutyArea,
        String text, String issuedBy, LocalDate issuedOn, LocalDate deadline, Long taskId, Instant doneAt,
        String doneNote, String createdBy, Instant createdAt, Long version) {
}
