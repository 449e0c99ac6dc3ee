package kz.police.lps.core.internal.report;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

import kz.police.lps.core.api.report.ReportRunState;

/**
 * One report run: parameters, requester, state and progress. State changes
 * go through conditional updates ({@link ReportRunStore}), so a cancel and the worker never overwrite each other.
 * The result table lives in {@link ReportResultEntity}, read only when asked for.
 */
@Entity
@Table(name = "LPS_REPORT_RUN")
public class ReportRunEntity {

    @Id
    @Column(name = "ID")
    private String id;

    @Column(name = "REPORT_ID", nullable = false)
    private String reportId;

    @Column(name = "UNIT_ID", nullable = false)
    private String unitId;

    /** The report's title as JSON {kk, ru, en}. */
    @Column(name = "TITLE", nullable = false)
    private String title;

    @Column(name = "PERIOD_CODE")
    private String period;

    @Column(name = "DEPARTMENT_ID")
    private Long departmentId;

    /** The department's name as JSON {kk, ru, en}, or null. */
    @Column(name = "DEPARTMENT_NAME")
    private String departmentName;

    /** The path prefix of the records the run covers (the department's, or the requester's scope). */
    @Column(name = "SCOPE_PATH")
    private String scopePath;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false)
    private ReportRunState state;

    @Column(name = "PROGRESS_DONE", nullable = false)
    private int progressDone;

    @Column(name = "PROGRESS_TOTAL", nullable = false)
    private int progressTotal;

    @Column(name = "ROW_COUNT")
    private Integer rowCount;

    @Column(name = "CANCEL_REQUESTED", nullable = false)
    private boolean cancelRequested;

    @Column(name = "REQUESTED_BY", nullable = false)
    private String requestedBy;

    /** The Karaf instance that runs it (karaf.name), so a restart fails only its own interrupted runs. */
    @Column(name = "NODE_NAME", nullable = false)
    private String node;

    @Column(name = "REQUESTED_AT", nullable = false)
    private Instant requestedAt;

    @Column(name = "STARTED_AT")
    private Instant startedAt;

    @Column(name = "FINISHED_AT")
    private Instant finishedAt;

    @Column(name = "ERROR_MESSAGE")
    private String error;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public String getReportId() { return reportId; }
    public void setReportId(String reportId) { this.reportId = reportId; }
    public String getUnitId() { return unitId; }
    public void setUnitId(String unitId) { this.unitId = unitId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPeriod() { return period; }
    public void setPeriod(String period) { this.period = period; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getDepartmentName() { return departmentName; }
    public void setDepartmentName(String departmentName) { this.departmentName = departmentName; }
    public String getScopePath() { return scopePath; }
    public void setScopePath(String scopePath) { this.scopePath = scopePath; }
    public ReportRunState getState() { return state; }
    public void setState(ReportRunState state) { this.state = state; }
    public int getProgressDone() { return progressDone; }
    public void setProgressDone(int progressDone) { this.progressDone = progressDone; }
    public int getProgressTotal() { return progressTotal; }
    public void setProgressTotal(int progressTotal) { this.progressTotal = progressTotal; }
    public Integer getRowCount() { return rowCount; }
    public void setRowCount(Integer rowCount) { this.rowCount = rowCount; }
    public boolean isCancelRequested() { return cancelRequested; }
    public void setCancelRequested(boolean cancelRequested) { this.cancelRequested = cancelRequested; }
    public String getRequestedBy() { return requestedBy; }
    public void setRequestedBy(String requestedBy) { this.requestedBy = requestedBy; }
    public String getNode() { return node; }
    public void setNode(String node) { this.node = node; }
    public Instant getRequestedAt() { return requestedAt; }
    public void setRequestedAt(Instant requestedAt) { this.requestedAt = requestedAt; }
    public Instant getStartedAt() { return startedAt; }
    public void setStartedAt(Instant startedAt) { this.startedAt = startedAt; }
    public Instant getFinishedAt() { return finishedAt; }
    public void setFinishedAt(Instant finishedAt) { this.finishedAt = finishedAt; }
    public String getError() { return error; }
    public void setError(String error) { this.error = error; }
}
