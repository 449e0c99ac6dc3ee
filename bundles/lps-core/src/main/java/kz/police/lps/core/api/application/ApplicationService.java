package kz.police.lps.core.api.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import kz.police.lps.core.api.page.Page;
import kz.police.lps.core.api.page.PageRequest;
import kz.police.lps.core.api.security.Caller;

/**
 * Applications and reports: receive and register under a number, assign to an officer (who gets a task due at the
 * decision deadline), decide, and record that the applicant was told.
 * <p>
 * Who may do what: registering needs a role of the kind's unit ({@code <unit>-inspector}, {@code -head},
 * {@code -assistant}), {@code lps-registrar} or {@code lps-admin}; an inspector or assistant takes an unassigned
 * application themselves, the unit's head (or {@code lps-admin}) gives it to anyone of the unit and re-assigns it;
 * the assignee, the unit's head or {@code lps-admin} decides (an assistant takes no criminal-procedure decision).
 * Reading needs the person-read permission and the owning department in the caller's data scope; applications of a
 * restricted kind only to holders of a role of the unit; while the kind's unit is not installed its applications
 * are shown to {@code lps-admin} only. Every read and write is audited (subject {@code application}).
 */
public interface ApplicationService {

    /** Manifest header naming a bundle's application kinds file, e.g. {@code LPS-Application-Kinds: lps/application-kinds.json}. */
    String HEADER = "LPS-Application-Kinds";

    /** The audit subject type. */
    String SUBJECT = "application";

    /** The kind of the task an assignee gets. */
    String TASK_KIND = "core.application-decision";

    /** The task's subject type. */
    String TASK_SUBJECT = "application";

    /** Sort fields of {@link #search}. */
    Set<String> SORTABLE = Set.of("receivedAt", "dueAt", "number", "status", "kindCode", "id");

    /** The kinds the installed units claim (of one unit, or all when null), by code. */
    List<ApplicationKind> kinds(String unitId);

    Optional<ApplicationKind> kind(String code);

    /** Registers an application: number, deadline, status {@link ApplicationStatus#REGISTERED}. */
    Application receive(Caller caller, NewApplication application);

    Application get(Caller caller, long id);

    Page<Application> search(Caller caller, ApplicationQuery query, PageRequest page);

    /**
     * How many applications assigned to the officer were decided in {@code [from, to)}, of those the caller may see:
     * a figure for activity statements, counted in the database (audited once).
     */
    long countDecided(Caller caller, long assigneeId, java.time.Instant from, java.time.Instant to);

    /** Gives the application to an officer of the kind's unit; the officer gets a task due at the deadline. */
    Application assign(Caller caller, long id, Long expectedVersion, long officerId);

    /** Records the decision; the assignee's task is done. */
    Application decide(Caller caller, long id, Long expectedVersion, DecisionKind decision, String text);

    /** Records that the applicant was told of the decision; the application is closed. */
    Application notifyApplicant(Caller caller, long id, Long expectedVersion, LocalDate notifiedOn,
            NotificationMethod method);
}
