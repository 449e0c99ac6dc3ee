package kz.police.lps.core.api.report;

/**
 * What a caller asks for: the period as text ({@code 2026-07}, {@code 2026-Q3}, {@code 2026-H1}, {@code 2026}) and the
 * department (an organisation node id; none means the caller's whole scope).
 */
public record ReportRequest(String period, Long departmentId) {
}
