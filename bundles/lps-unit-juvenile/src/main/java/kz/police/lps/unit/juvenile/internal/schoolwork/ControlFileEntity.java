package kz.police.lps.unit.juvenile.internal.schoolwork;

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
 * The control file of a school (N-J30, BR-J18).
 */
@Entity
@Table(name = "JUVENILE_CONTROL_FILE")
public class ControlFileEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "DEPARTMENT_ID")
    private long departmentId;
    @Column(name = "DEPARTMENT_PATH")
    private String departmentPath;
    @Column(name = "SCHOOL_ID")
    private long schoolId;
    @Column(name = "KEEPER_ID")
    private long keeperId;
    @Enumerated(EnumType.STRING)
    @Column(name = "KEEPER_KIND")
    private KeeperKind keeperKind;
    @Enumerated(EnumType.STRING)
    @Column(name = "STORAGE")
    private StorageLocation storage;
    @Column(name = "OPENED_ON")
    private LocalDate openedOn;
    @Column(name = "CREATED_BY")
    private String createdBy;
    @Column(name = "CREATED_AT")
    private Instant createdAt;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public Long getVersion() { return version; }
    public long getDepartmentId() { return departmentId; }
    public void setDepartmentId(long v) { departmentId = v; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String v) { departmentPath = v; }
    public long getSchoolId() { return schoolId; }
    public void setSchoolId(long v) { schoolId = v; }
    public long getKeeperId() { return keeperId; }
    public void setKeeperId(long v) { keeperId = v; }
    public KeeperKind getKeeperKind() { return keeperKind; }
    public void setKeeperKind(KeeperKind v) { keeperKind = v; }
    public StorageLocation getStorage() { return storage; }
    public void setStorage(StorageLocation v) { storage = v; }
    public LocalDate getOpenedOn() { return openedOn; }
    public void setOpenedOn(LocalDate v) { openedOn = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
}
