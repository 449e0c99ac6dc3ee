package kz.police.lps.unit.district.internal.firearms;

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

/** A check of a firearm owner and its report on the Order 313 form (BR-29, BR-30, L541-558). */
@Entity
@Table(name = "DISTRICT_FIREARM_CHECK")
public class FirearmCheckEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "OWNER_ID", nullable = false)
    private Long ownerId;
    @Column(name = "PERSON_ID", nullable = false)
    private Long personId;
    @Column(name = "CHECKED_ON", nullable = false)
    private LocalDate checkedOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "TRIGGER_KIND", nullable = false)
    private CheckTrigger triggerKind;
    @Column(name = "ASSIGNMENT_ID")
    private Long assignmentId;
    @Column(name = "OPERATIONAL_MEASURE", nullable = false)
    private boolean operationalMeasure;
    @Column(name = "VIOLATIONS_FOUND", nullable = false)
    private boolean violationsFound;
    @Column(name = "VIOLATIONS")
    private String violations;
    @Column(name = "MATERIALS")
    private String materials;
    @Column(name = "OFFICER_ID")
    private Long officerId;
    @Column(name = "REPORT_TASK_ID")
    private Long reportTaskId;
    @Column(name = "REPORT_DUE_AT")
    private Instant reportDueAt;
    @Column(name = "REPORT_SENT_ON")
    private LocalDate reportSentOn;
    @Column(name = "REPORT_RECIPIENT")
    private String reportRecipient;
    @Column(name = "REPORT_NUMBER")
    private String reportNumber;
    @Column(name = "REPORTED_BY")
    private String reportedBy;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
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

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public LocalDate getCheckedOn() {
        return checkedOn;
    }

    public void setCheckedOn(LocalDate checkedOn) {
        this.checkedOn = checkedOn;
    }

    public CheckTrigger getTriggerKind() {
        return triggerKind;
    }

    public void setTriggerKind(CheckTrigger triggerKind) {
        this.triggerKind = triggerKind;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public void setAssignmentId(Long assignmentId) {
        this.assignmentId = assignmentId;
    }

    public boolean isOperationalMeasure() {
        return operationalMeasure;
    }

    public void setOperationalMeasure(boolean operationalMeasure) {
        this.operationalMeasure = operationalMeasure;
    }

    public boolean isViolationsFound() {
        return violationsFound;
    }

    public void setViolationsFound(boolean violationsFound) {
        this.violationsFound = violationsFound;
    }

    public String getViolations() {
        return violations;
    }

    public void setViolations(String violations) {
        this.violations = violations;
    }

    public String getMaterials() {
        return materials;
    }

    public void setMaterials(String materials) {
        this.materials = materials;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
    }

    public Long getReportTaskId() {
        return reportTaskId;
    }

    public void setReportTaskId(Long reportTaskId) {
        this.reportTaskId = reportTaskId;
    }

    public Instant getReportDueAt() {
        return reportDueAt;
    }

    public void setReportDueAt(Instant reportDueAt) {
        this.reportDueAt = reportDueAt;
    }

    public LocalDate getReportSentOn() {
        return reportSentOn;
    }

    public void setReportSentOn(LocalDate reportSentOn) {
        this.reportSentOn = reportSentOn;
    }

    public String getReportRecipient() {
        return reportRecipient;
    }

    public void setReportRecipient(String reportRecipient) {
        this.reportRecipient = reportRecipient;
    }

    public String getReportNumber() {
        return reportNumber;
    }

    public void setReportNumber(String reportNumber) {
        this.reportNumber = reportNumber;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public void setReportedBy(String reportedBy) {
        this.reportedBy = reportedBy;
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
