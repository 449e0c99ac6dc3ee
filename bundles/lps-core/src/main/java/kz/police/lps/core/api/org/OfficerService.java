package kz.police.lps.core.api.org;

import java.time.LocalDate;
import java.util.Optional;

import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;

/** Officers and their absences. */
public interface OfficerService {

    Officer create(Caller caller, Officer officer);

    Officer get(Caller caller, long id);

    Optional<Officer> findByLogin(String login);

    /** The id of the officer on duty whose login the caller is, if any: "me" in "my tasks". */
    Optional<Long> officerIdOf(Caller caller);

    Page<Officer> list(Caller caller, Long departmentId, String unitType, PageRequest page);

    Officer update(Caller caller, long id, Long expectedVersion, Officer data);

    Absence addAbsence(Caller caller, long officerId, Absence absence);

    /**
     * Ends an absence early: {@code lastDay} (within the absence) becomes its last day, so from the next day the
     * officer's tasks stop going to the cover. Needs the organisation-write permission.
     */
    Absence endAbsence(Caller caller, long officerId, long absenceId, LocalDate lastDay);

    /** Whether the officer is absent on the given day. */
    boolean isAbsent(long officerId, LocalDate day);
}
