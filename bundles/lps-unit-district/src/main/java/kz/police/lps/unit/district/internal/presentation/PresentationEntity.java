package kz.police.lps.unit.district.internal.presentation;

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

/**
 * A presentation or instruction to eliminate the causes and conditions of offences (textbook L107-113, L505-508),
 * addressed to a person of the registry or to a legal entity, numbered per department and year.
 */
@Entity
@Table(name = "DISTRICT_PRESENTATION")
public class PresentationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "REG_NUMBER", nullable = false)
    private String number;
    @Column(name = "ISSUE_YEAR", nullable = false)
    private Integer issueYear;
    @Column(name = "SERIAL_NO", nullable = false)
    private Long serial;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "OFFICER_ID", nullable = false)
    private Long officerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private PresentationKind kind;
    @Column(name = "ISSUED_ON", nullable = false)
    private LocalDate issuedOn;
    @Column(name = "PERSON_ID")
    private Long personId;
    @Column(name = "ENTITY_NAME")
    private String entityName;
    @Column(name = "ENTITY_BIN")
    private String entityBin;
    @Column(name = "ENTITY_ADDRESS")
    private String entityAddress;
    @Column(name = "CAUSES", nullable = false)
    private String causes;
    @Column(name = "MEASURES", nullable = false)
    private String measures;
    @Column(name = "DUE_AT", nullable = false)
    private Instant dueAt;
    @Column(name = "TASK_ID")
    private Long taskId;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private PresentationStatus status;
    @Column(name = "RESPONSE_ON")
    private LocalDate responseOn;
    @Column(name = "RESPONSE_TEXT")
    private String responseText;
    @Column(name = "OUTCOME_ON")
    private LocalDate outcomeOn;
    @Column(name = "OUTCOME_NOTE")
    private String outcomeNote;
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

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Integer getIssueYear() {
        return issueYear;
    }

    public void setIssueYear(Integer issueYear) {
        this.issueYear = issueYear;
    }

    public Long getSerial() {
        return serial;
    }

    public void setSerial(Long serial) {
        this.serial = serial;
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

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
    }

    public PresentationKind getKind() {
        return kind;
    }

    public void setKind(PresentationKind kind) {
        this.kind = kind;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public void setIssuedOn(LocalDate issuedOn) {
        this.issuedOn = issuedOn;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getEntityName() {
        return entityName;
    }

    public void setEntityName(String entityName) {
        this.entityName = entityName;
    }

    public String getEntityBin() {
        return entityBin;
    }

    public void setEntityBin(String entityBin) {
        this.entityBin = entityBin;
    }

    public String getEntityAddress() {
        return entityAddress;
    }

    public void setEntityAddress(String entityAddress) {
        this.entityAddress = entityAddress;
    }

    public String getCauses() {
        return causes;
    }

    public void setCauses(String causes) {
        this.causes = causes;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public void setDueAt(Instant dueAt) {
        this.dueAt = dueAt;
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
    }

    public PresentationStatus getStatus() {
        return status;
    }

    public void setStatus(PresentationStatus status) {
        this.status = status;
    }

    public LocalDate getResponseOn() {
        return responseOn;
    }

    public void setResponseOn(LocalDate responseOn) {
        this.responseOn = responseOn;
    }

    public String getResponseText() {
        return responseText;
    }

    public void setResponseText(String responseText) {
        this.responseText = responseText;
    }

    public LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    public void setOutcomeOn(LocalDate outcomeOn) {
        this.outcomeOn = outcomeOn;
    }

    public String getOutcomeNote() {
        return outcomeNote;
    }

    public void setOutcomeNote(String outcomeNote) {
        this.outcomeNote = outcomeNote;
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
