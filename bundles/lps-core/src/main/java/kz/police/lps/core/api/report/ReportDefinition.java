package kz.police.lps.core.api.report;

import java.util.Set;

import kz.police.lps.core.api.i18n.LocalizedText;
import kz.police.lps.core.api.security.Roles;

/**
 * Whiteboard service: a report a unit offers. The core lists the definitions registered right now (a report is
 * listed while its bundle is active), checks the caller may run it and that the department lies in the caller's
 * scope, then calls {@link #compute} on a worker thread (or on the shell's thread) with the parameters.
 * <p>
 * A definition computes over the records of {@link ReportContext#scope()} only, reads through the core and unit
 * services with {@link ReportContext#caller()} (so the usual scope checks and audit apply), reports its progress and
 * returns early when {@link ReportProgress#cancelled()}.
 */
public interface ReportDefinition {

    /** A stable id {@code <unit-id>.<name>}, e.g. {@code district.public-reports}; the core's own use {@code core.}. */
    String id();

    /** The contributing unit's id ({@code core} for the core's own reports). */
    String unitId();

    LocalizedText title();

    default LocalizedText description() {
        return title();
    }

    /** Which parameters the report takes; by default a required period of any kind and an optional department. */
    default ReportParameters parameters() {
        return ReportParameters.periodAndDepartment();
    }

    /**
     * The roles that may run the report besides {@code lps-admin} (always allowed). An entry may start or end with
     * {@code *}: {@code *-head} is any unit head, {@code district-*} any role of the district unit. Default: any role
     * of the unit and any head.
     */
    default Set<String> roles() {
        return Set.of(unitId() + "-*", "*" + Roles.HEAD_SUFFIX);
    }

    /**
     * Computes the report. Runs outside any transaction, on a worker thread (or the shell's); may take long. An
     * exception fails the run with its message.
     */
    ReportTable compute(ReportContext context);
}
