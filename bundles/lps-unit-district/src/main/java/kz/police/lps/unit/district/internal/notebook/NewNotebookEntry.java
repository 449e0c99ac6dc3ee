package kz.police.lps.unit.district.internal.notebook;

import java.time.LocalDate;

/**
 * A superior's assignment to write into an officer's notebook.
 *
 * @param officerId the inspector or assistant whose notebook it is; their own when null
 * @param issuedOn  the day it was given; today when null
 */
public record NewNotebookEntry(Long officerId, String assignment, String issuedBy, LocalDate issuedOn,
        LocalDate deadline) {
}
