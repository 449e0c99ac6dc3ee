package kz.police.lps.unit.district.internal.statement;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** An officer's monthly statement of work done (анықтама, textbook L437-441), with the figures as submitted. */
@Entity
@Table(name = "DISTRICT_WORK_STATEMENT")
public class WorkStatementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "OFFICER_ID", nullable = false)
    private Long officerId;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "STATEMENT_PERIOD", nullable = false)
    private String period;
    @Column(name = "BODY_TEXT", nullable = false)
    private String text;
    @Column(name = "SUBMITTED_TO")
    private String submittedTo;
    @Column(name = "NOTEBOOK_ISSUED", nullable = false)
    private long notebookIssued;
    @Column(name = "NOTEBOOK_DONE", nullable = false)
    private long notebookDone;
    @Column(name = "APPLICATIONS_DECIDED", nullable = false)
    private long applicationsDecided;
    @Column(name = "REGISTER_CHECKS", nullable = false)
    private long registerChecks;
    @Column(name = "PUBLIC_REPORTS", nullable = false)
    private long publicReports;
    @Column(name = "TASK_ID")
    private Long taskId;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    private Long version;

    public Long getId() {
        return id;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(Long departmentId) {
        this.departmentId = departmentId;
    }

    public String getDepartmentPath() {
        return departmentPath;
    }

    public void setDepartmentPath(String departmentPath) {
        this.departmentPath = departmentPath;
    }

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getSubmittedTo() {
        return submittedTo;
    }

    public void setSubmittedTo(String submittedTo) {
        this.submittedTo = submittedTo;
    }

    public long getNotebookIssued() {
        return notebookIssued;
    }

    public void setNotebookIssued(long notebookIssued) {
        this.notebookIssued = notebookIssued;
    }

    public long getNotebookDone() {
        return notebookDone;
    }

    public void setNotebookDone(long notebookDone) {
        this.notebookDone = notebookDone;
    }

    public long getApplicationsDecided() {
        return applicationsDecided;
    }

    public void setApplicationsDecided(long applicationsDecided) {
        this.applicationsDecided = applicationsDecided;
    }

    public long getRegisterChecks() {
        return registerChecks;
    }

    public void setRegisterChecks(long registerChecks) {
        this.registerChecks = registerChecks;
    }

    public long getPublicReports() {
        return publicReports;
    }

    public void setPublicReports(long publicReports) {
        this.publicReports = publicReports;
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Long getVersion() {
        return version;
    }
}
