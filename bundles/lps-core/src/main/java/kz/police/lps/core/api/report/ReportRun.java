package kz.police.lps.core.api.report;

import java.time.Instant;

import kz.police.lps.core.api.i18n.LocalizedText;

/**
 * One run of a report, as stored: it outlives the report's bundle and the platform's restarts until it is purged.
 *
 * @param id             the run id (a UUID)
 * @param reportId       the report's id
 * @param unitId         the contributing unit's id
 * @param title          the report's title when the run was requested
 * @param period         the period asked for ({@code 2026-Q3}), or {@code null}
 * @param departmentId   the department asked for, or {@code null} (the requester's whole scope)
 * @param departmentName the department's name, or {@code null}
 * @param state          where the run stands
 * @param done           steps done
 * @param total          steps in all (0 while unknown)
 * @param rowCount       rows of the result once {@link ReportRunState#DONE}
 * @param requestedBy    the requester's user name
 * @param error          why a run failed, or {@code null}
 */
public record ReportRun(String id, String reportId, String unitId, LocalizedText title, String period,
        Long departmentId, LocalizedText departmentName, ReportRunState state, int done, int total, Integer rowCount,
        String requestedBy, Instant requestedAt, Instant startedAt, Instant finishedAt, String error) {

    /** Progress in percent (0..100); 100 once done. */
    public int percent() {
        if (state == ReportRunState.DONE) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(100, Math.max(0, (long) done * 100 / total));
    }
}
