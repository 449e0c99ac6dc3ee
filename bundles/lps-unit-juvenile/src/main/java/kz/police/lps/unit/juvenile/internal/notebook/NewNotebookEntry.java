package kz.police.lps.unit.juvenile.internal.notebook;

import java.time.LocalDate;

/**
 * An entry to write into a juvenile inspector's work notebook.
 *
 * @param officerId the inspector whose notebook it is; the caller's own when null
 * @param source    a leadership task or a planned activity; a leadership task when null
 * @param dutyArea  the juvenile duty it serves ({@link JuvenileDuty} code): required (BR-J08, L1094-1098)
 * @param issuedOn  the day of the entry; today when null
 * @param deadline  the day it is due; required
 */
public record NewNotebookEntry(Long officerId, EntrySource source, String dutyArea, String text, String issuedBy,
        LocalDate issuedOn, LocalDate deadline) {
}
