package kz.police.lps.unit.juvenile.internal.statement;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "JUVENILE_WORK_STATEMENT")
public class WorkStatementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "OFFICER_ID", nullable = false)
    private long officerId;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "PERIOD_CODE", nullable = false)
    private String period;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private StatementStatus status;
    @Column(name = "STATEMENT_TEXT")
    private String text;
    @Column(name = "FIGURES")
    private String figures;
    @Column(name = "DUE_AT", nullable = false)
    private Instant dueAt;
    @Column(name = "SUBMITTED_AT")
    private Instant submittedAt;
    @Column(name = "SUMMARY_ID")
    private Long summaryId;
    @Column(name = "TASK_ID")
    private Long taskId;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public long getOfficerId() { return officerId; }
    public void setOfficerId(long v) { officerId = v; }
    public long getDepartmentId() { return departmentId; }
    public void setDepartmentId(long v) { departmentId = v; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String v) { departmentPath = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public StatementStatus getStatus() { return status; }
    public void setStatus(StatementStatus v) { status = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getFigures() { return figures; }
    public void setFigures(String v) { figures = v; }
    public Instant getDueAt() { return dueAt; }
    public void setDueAt(Instant v) { dueAt = v; }
    public Instant getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(Instant v) { submittedAt = v; }
    public Long getSummaryId() { return summaryId; }
    public void setSummaryId(Long v) { summaryId = v; }
    public Long getTaskId() { return taskId; }
    public void setTaskId(Long v) { taskId = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
