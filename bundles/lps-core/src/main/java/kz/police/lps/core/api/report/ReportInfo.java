package kz.police.lps.core.api.report;

import java.util.Set;

import kz.police.lps.core.api.i18n.LocalizedText;

/** A report a caller may run, as listed. */
public record ReportInfo(String id, String unitId, LocalizedText title, LocalizedText description,
        ReportParameters parameters, Set<String> roles) {

    public static ReportInfo of(ReportDefinition d) {
        return new ReportInfo(d.id(), d.unitId(), d.title(), d.description(), d.parameters(), Set.copyOf(d.roles()));
    }
}
