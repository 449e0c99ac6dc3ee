package kz.police.lps.core.internal.model;

import java.time.Instant;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.SequenceGenerator;
import javax.persistence.Table;

import kz.police.lps.core.api.audit.AuditAction;
import kz.police.lps.core.api.audit.AuditOutcome;

@Entity
@Table(name = "LPS_AUDIT")
@SequenceGenerator(name = "lpsAuditSeq", sequenceName = "LPS_AUDIT_SEQ", allocationSize = 100)
public class AuditEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lpsAuditSeq")
    @Column(name = "ID")
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    @Column(name = "USERNAME", nullable = false)
    private String username;

    @Column(name = "REMOTE_ADDRESS")
    private String remoteAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACTION", nullable = false)
    private AuditAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", nullable = false)
    private AuditOutcome outcome;

    @Column(name = "SUBJECT_TYPE", nullable = false)
    private String subjectType;

    @Column(name = "SUBJECT_ID")
    private String subjectId;

    @Column(name = "DEPARTMENT_ID")
    private Long departmentId;

    @Column(name = "DEPARTMENT_PATH")
    private String departmentPath;

    @Column(name = "PURPOSE")
    private String purpose;

    @Column(name = "DETAILS")
    private String details;

    public Long getId() { return id; }
    public Instant getOccurredAt() { return occurredAt; }
    public void setOccurredAt(Instant occurredAt) { this.occurredAt = occurredAt; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getRemoteAddress() { return remoteAddress; }
    public void setRemoteAddress(String remoteAddress) { this.remoteAddress = remoteAddress; }
    public AuditAction getAction() { return action; }
    public void setAction(AuditAction action) { this.action = action; }
    public AuditOutcome getOutcome() { return outcome; }
    public void setOutcome(AuditOutcome outcome) { this.outcome = outcome; }
    public String getSubjectType() { return subjectType; }
    public void setSubjectType(String subjectType) { this.subjectType = subjectType; }
    public String getSubjectId() { return subjectId; }
    public void setSubjectId(String subjectId) { this.subjectId = subjectId; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String departmentPath) { this.departmentPath = departmentPath; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getDetails() { return details; }
    public void setDetails(String details) { this.details = details; }
}
