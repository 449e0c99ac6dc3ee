/**
 * Reports: a unit contributes {@link kz.police.lps.core.api.report.ReportDefinition} services (whiteboard); the core
 * runs them for a reporting period and a department, asynchronously or in the shell, stores the resulting
 * {@link kz.police.lps.core.api.report.ReportTable}, and renders it as JSON, CSV or PDF with its chart.
 */
@org.osgi.annotation.versioning.Version("0.1.0")
package kz.police.lps.core.api.report;
