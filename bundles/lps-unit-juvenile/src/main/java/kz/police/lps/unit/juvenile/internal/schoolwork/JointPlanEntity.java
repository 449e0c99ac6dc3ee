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
 * A joint activity plan of a school for an academic quarter (N-J11).
 */
@Entity
@Table(name = "JUVENILE_JOINT_PLAN")
public class JointPlanEntity {

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
    @Column(name = "START_YEAR")
    private int startYear;
    @Column(name = "QUARTER_NO")
    private int quarterNo;
    @Column(name = "INSPECTOR_ID")
    private long inspectorId;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS")
    private PlanStatus status;
    @Column(name = "NOTE")
    private String note;
    @Column(name = "SCHOOL_APPROVER")
    private String schoolApprover;
    @Column(name = "SCHOOL_APPROVED_ON")
    private LocalDate schoolApprovedOn;
    @Column(name = "POLICE_APPROVER")
    private String policeApprover;
    @Column(name = "POLICE_APPROVED_ON")
    private LocalDate policeApprovedOn;
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
    public int getStartYear() { return startYear; }
    public void setStartYear(int v) { startYear = v; }
    public int getQuarterNo() { return quarterNo; }
    public void setQuarterNo(int v) { quarterNo = v; }
    public long getInspectorId() { return inspectorId; }
    public void setInspectorId(long v) { inspectorId = v; }
    public PlanStatus getStatus() { return status; }
    public void setStatus(PlanStatus v) { status = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public String getSchoolApprover() { return schoolApprover; }
    public void setSchoolApprover(String v) { schoolApprover = v; }
    public LocalDate getSchoolApprovedOn() { return schoolApprovedOn; }
    public void setSchoolApprovedOn(LocalDate v) { schoolApprovedOn = v; }
    public String getPoliceApprover() { return policeApprover; }
    public void setPoliceApprover(String v) { policeApprover = v; }
    public LocalDate getPoliceApprovedOn() { return policeApprovedOn; }
    public void setPoliceApprovedOn(LocalDate v) { policeApprovedOn = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
}
