package kz.police.lps.core.internal.register;

import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Lob;
import javax.persistence.Table;
import javax.persistence.Version;

import kz.police.lps.core.api.register.RegistrationStatus;

/**
 * A person's placement on a register. {@code ACTIVE_LOCK} is 1 while active and null once removed: with the unique
 * constraint on (person, register, lock) the database itself refuses a second active registration.
 */
@Entity
@Table(name = "LPS_REGISTRATION")
public class RegistrationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lpsCoreSeq")
    @Column(name = "ID")
    private Long id;

    @Column(name = "REGISTER_ID", nullable = false)
    private String registerId;

    @Column(name = "UNIT_ID", nullable = false)
    private String unitId;

    @Column(name = "PERSON_ID", nullable = false)
    private long personId;

    @Column(name = "GROUND_CODE", nullable = false)
    private String groundCode;

    @Column(name = "BASIS_DOCUMENT", nullable = false)
    private String basisDocument;

    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;

    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;

    @Column(name = "RESPONSIBLE_OFFICER_ID")
    private Long responsibleOfficerId;

    @Column(name = "STARTED_ON", nullable = false)
    private LocalDate startedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private RegistrationStatus status;

    @Column(name = "ACTIVE_LOCK")
    private Integer activeLock;

    @Column(name = "REMOVED_ON")
    private LocalDate removedOn;

    @Column(name = "REMOVAL_GROUND_CODE")
    private String removalGroundCode;

    @Column(name = "REMOVAL_NOTE")
    private String removalNote;

    @Column(name = "REMOVED_BY")
    private String removedBy;

    @Column(name = "REMOVED_AT")
    private Instant removedAt;

    @Column(name = "LAST_CHECKED_ON")
    private LocalDate lastCheckedOn;

    @Lob
    @Column(name = "EXTRA")
    private String extra;

    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION", nullable = false)
    private long version;

    public Long getId() { return id; }
    public String getRegisterId() { return registerId; }
    public void setRegisterId(String registerId) { this.registerId = registerId; }
    public String getUnitId() { return unitId; }
    public void setUnitId(String unitId) { this.unitId = unitId; }
    public long getPersonId() { return personId; }
    public void setPersonId(long personId) { this.personId = personId; }
    public String getGroundCode() { return groundCode; }
    public void setGroundCode(String groundCode) { this.groundCode = groundCode; }
    public String getBasisDocument() { return basisDocument; }
    public void setBasisDocument(String basisDocument) { this.basisDocument = basisDocument; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String departmentPath) { this.departmentPath = departmentPath; }
    public Long getResponsibleOfficerId() { return responsibleOfficerId; }
    public void setResponsibleOfficerId(Long responsibleOfficerId) { this.responsibleOfficerId = responsibleOfficerId; }
    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
    public RegistrationStatus getStatus() { return status; }
    public void setStatus(RegistrationStatus status) {
        this.status = status;
        this.activeLock = status == RegistrationStatus.ACTIVE ? 1 : null;
    }
    public LocalDate getRemovedOn() { return removedOn; }
    public void setRemovedOn(LocalDate removedOn) { this.removedOn = removedOn; }
    public String getRemovalGroundCode() { return removalGroundCode; }
    public void setRemovalGroundCode(String removalGroundCode) { this.removalGroundCode = removalGroundCode; }
    public String getRemovalNote() { return removalNote; }
    public void setRemovalNote(String removalNote) { this.removalNote = removalNote; }
    public String getRemovedBy() { return removedBy; }
    public void setRemovedBy(String removedBy) { this.removedBy = removedBy; }
    public Instant getRemovedAt() { return removedAt; }
    public void setRemovedAt(Instant removedAt) { this.removedAt = removedAt; }
    public LocalDate getLastCheckedOn() { return lastCheckedOn; }
    public String getExtra() { return extra; }
    public void setExtra(String extra) { this.extra = extra; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public long getVersion() { return version; }
}
