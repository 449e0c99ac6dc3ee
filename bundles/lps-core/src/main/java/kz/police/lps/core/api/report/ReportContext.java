package kz.police.lps.core.api.report;

import java.util.Locale;
import java.util.Objects;

import kz.police.lps.core.api.calendar.ReportingPeriod;
import kz.police.lps.core.api.security.Caller;
import kz.police.lps.core.api.security.DataScope;

/**
 * What a report computes for.
 *
 * @param caller         who asked; read through the services with this caller
 * @param period         the reporting period, or {@code null} when the report takes none and none was given
 * @param departmentId   the chosen department, or {@code null} for the caller's whole scope
 * @param departmentPath the chosen department's materialised path, or {@code null}
 * @param scope          the records the report may count: the chosen department's subtree, or the caller's scope
 * @param locale         the requester's language (tables should carry {@link kz.police.lps.core.api.i18n.LocalizedText}
 *                       so that they render in any language)
 * @param progress       where to report progress and learn of a cancellation
 */
public record ReportContext(Caller caller, ReportingPeriod period, Long departmentId, String departmentPath,
        DataScope scope, Locale locale, ReportProgress progress) {

    public ReportContext {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(progress, "progress");
        locale = locale == null ? Locale.forLanguageTag("kk") : locale;
    }
}
