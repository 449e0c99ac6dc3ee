package kz.police.lps.unit.juvenile.internal.review;

import java.time.Instant;
import java.time.LocalDate;

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
@Table(name = "JUVENILE_REVIEW")
public class ReviewEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Enumerated(EnumType.STRING)
    @Column(name = "REVIEW_LEVEL", nullable = false)
    private ReviewLevel level;
    @Column(name = "PERIOD_CODE", nullable = false)
    private String period;
    @Column(name = "REVIEWED_ON", nullable = false)
    private LocalDate reviewedOn;
    @Column(name = "REVIEWER_NAME", nullable = false)
    private String reviewerName;
    @Column(name = "REVIEWER_POSITION")
    private String reviewerPosition;
    @Column(name = "FINDINGS", nullable = false)
    private String findings;
    @Column(name = "DECISIONS")
    private String decisions;
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
    public long getDepartmentId() { return departmentId; }
    public void setDepartmentId(long v) { departmentId = v; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String v) { departmentPath = v; }
    public ReviewLevel getLevel() { return level; }
    public void setLevel(ReviewLevel v) { level = v; }
    public String getPeriod() { return period; }
    public void setPeriod(String v) { period = v; }
    public LocalDate getReviewedOn() { return reviewedOn; }
    public void setReviewedOn(LocalDate v) { reviewedOn = v; }
    public String getReviewerName() { return reviewerName; }
    public void setReviewerName(String v) { reviewerName = v; }
    public String getReviewerPosition() { return reviewerPosition; }
    public void setReviewerPosition(String v) { reviewerPosition = v; }
    public String getFindings() { return findings; }
    public void setFindings(String v) { findings = v; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String v) { decisions = v; }
    public Long getTaskId() { return taskId; }
    public void setTaskId(Long v) { taskId = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
