package kz.police.lps.core.internal.application;

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

import kz.police.lps.core.api.application.ApplicationStatus;
import kz.police.lps.core.api.application.Channel;
import kz.police.lps.core.api.application.DecisionKind;
import kz.police.lps.core.api.application.NotificationMethod;

@Entity
@Table(name = "LPS_APPLICATION")
public class ApplicationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lpsCoreSeq")
    @Column(name = "ID")
    private Long id;

    @Column(name = "REG_NUMBER", nullable = false)
    private String number;

    @Column(name = "KIND_CODE", nullable = false)
    private String kindCode;

    @Column(name = "UNIT_ID", nullable = false)
    private String unitId;

    @Column(name = "RESTRICTED", nullable = false)
    private boolean restricted;

    @Enumerated(EnumType.STRING)
    @Column(name = "CHANNEL", nullable = false)
    private Channel channel;

    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;

    @Column(name = "APPLICANT_PERSON_ID")
    private Long applicantPersonId;

    @Column(name = "APPLICANT_NAME")
    private String applicantName;

    @Column(name = "APPLICANT_CONTACT")
    private String applicantContact;

    @Column(name = "SUMMARY", nullable = false)
    private String summary;

    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;

    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;

    @Column(name = "ASSIGNEE_ID")
    private Long assigneeId;

    @Column(name = "NORM_KEY", nullable = false)
    private String normKey;

    @Column(name = "DUE_AT", nullable = false)
    private Instant dueAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private ApplicationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "DECISION_KIND")
    private DecisionKind decisionKind;

    @Column(name = "DECISION_TEXT")
    private String decisionText;

    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    @Column(name = "DECIDED_BY")
    private String decidedBy;

    @Column(name = "NOTIFIED_ON")
    private LocalDate notifiedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "NOTIFICATION_METHOD")
    private NotificationMethod notificationMethod;

    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public Long getId() { return id; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getKindCode() { return kindCode; }
    public void setKindCode(String kindCode) { this.kindCode = kindCode; }
    public String getUnitId() { return unitId; }
    public void setUnitId(String unitId) { this.unitId = unitId; }
    public boolean isRestricted() { return restricted; }
    public void setRestricted(boolean restricted) { this.restricted = restricted; }
    public Channel getChannel() { return channel; }
    public void setChannel(Channel channel) { this.channel = channel; }
    public Instant getReceivedAt() { return receivedAt; }
    public void setReceivedAt(Instant receivedAt) { this.receivedAt = receivedAt; }
    public Long getApplicantPersonId() { return applicantPersonId; }
    public void setApplicantPersonId(Long applicantPersonId) { this.applicantPersonId = applicantPersonId; }
    public String getApplicantName() { return applicantName; }
    public void setApplicantName(String applicantName) { this.applicantName = applicantName; }
    public String getApplicantContact() { return applicantContact; }
    public void setApplicantContact(String applicantContact) { this.applicantContact = applicantContact; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String departmentPath) { this.departmentPath = departmentPath; }
    public Long getAssigneeId() { return assigneeId; }
    public void setAssigneeId(Long assigneeId) { this.assigneeId = assigneeId; }
    public String getNormKey() { return normKey; }
    public void setNormKey(String normKey) { this.normKey = normKey; }
    public Instant getDueAt() { return dueAt; }
    public void setDueAt(Instant dueAt) { this.dueAt = dueAt; }
    public ApplicationStatus getStatus() { return status; }
    public void setStatus(ApplicationStatus status) { this.status = status; }
    public DecisionKind getDecisionKind() { return decisionKind; }
    public void setDecisionKind(DecisionKind decisionKind) { this.decisionKind = decisionKind; }
    public String getDecisionText() { return decisionText; }
    public void setDecisionText(String decisionText) { this.decisionText = decisionText; }
    public Instant getDecidedAt() { return decidedAt; }
    public void setDecidedAt(Instant decidedAt) { this.decidedAt = decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public LocalDate getNotifiedOn() { return notifiedOn; }
    public void setNotifiedOn(LocalDate notifiedOn) { this.notifiedOn = notifiedOn; }
    public NotificationMethod getNotificationMethod() { return notificationMethod; }
    public void setNotificationMethod(NotificationMethod notificationMethod) { this.notificationMethod = notificationMethod; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }
}
