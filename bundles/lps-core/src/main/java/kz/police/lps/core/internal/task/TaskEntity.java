package kz.police.lps.core.internal.task;

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

import kz.police.lps.core.api.task.TaskStatus;

/** A task (LPS_TASK, change set core-8-tasks). */
@Entity
@Table(name = "LPS_TASK")
public class TaskEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lpsCoreSeq")
    @Column(name = "ID")
    private Long id;

    @Column(name = "UNIT_ID", nullable = false)
    private String unitId;

    @Column(name = "KIND", nullable = false)
    private String kind;

    @Column(name = "TITLE", nullable = false)
    private String title;

    @Column(name = "SUBJECT_TYPE")
    private String subjectType;

    @Column(name = "SUBJECT_ID")
    private String subjectId;

    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;

    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;

    @Column(name = "ASSIGNEE_ID")
    private Long assigneeId;

    @Column(name = "ORIGINAL_ASSIGNEE_ID")
    private Long originalAssigneeId;

    @Column(name = "NORM_KEY")
    private String normKey;

    @Column(name = "DUE_AT", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private TaskStatus status;

    @Column(name = "ESCALATED_AT")
    private Instant escalatedAt;

    @Column(name = "ESCALATED_TO_ID")
    private Long escalatedToId;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;

    @Column(name = "COMPLETED_AT")
    private Instant completedAt;

    @Column(name = "COMPLETED_BY")
    private String completedBy;

    @Column(name = "OUTCOME")
    private String outcome;

    @Column(name = "ORIGIN_KEY")
    private String originKey;

    @Version
    @Column(name = "VERSION", nullable = false)
    private Long version;

    public Long getId() {
        return id;
    }

    public String getUnitId() {
        return unitId;
    }

    public void setUnitId(String unitId) {
        this.unitId = unitId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(String subjectType) {
        this.subjectType = subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
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

    public Long getAssigneeId() {
        return assigneeId;
    }

    public void setAssigneeId(Long assigneeId) {
        this.assigneeId = assigneeId;
    }

    public Long getOriginalAssigneeId() {
        return originalAssigneeId;
    }

    public void setOriginalAssigneeId(Long originalAssigneeId) {
        this.originalAssigneeId = originalAssigneeId;
    }

    public String getNormKey() {
        return normKey;
    }

    public void setNormKey(String normKey) {
        this.normKey = normKey;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public void setDueAt(Instant dueAt) {
        this.dueAt = dueAt;
    }

    public TaskStatus getStatus() {
        return status;
    }

    public void setStatus(TaskStatus status) {
        this.status = status;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public void setEscalatedAt(Instant escalatedAt) {
        this.escalatedAt = escalatedAt;
    }

    public Long getEscalatedToId() {
        return escalatedToId;
    }

    public void setEscalatedToId(Long escalatedToId) {
        this.escalatedToId = escalatedToId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(String createdBy) {
        this.createdBy = createdBy;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public void setCompletedAt(Instant completedAt) {
        this.completedAt = completedAt;
    }

    public String getCompletedBy() {
        return completedBy;
    }

    public void setCompletedBy(String completedBy) {
        this.completedBy = completedBy;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getOriginKey() {
        return originKey;
    }

    public void setOriginKey(String originKey) {
        this.originKey = originKey;
    }

    public Long getVersion() {
        return version;
    }
}
