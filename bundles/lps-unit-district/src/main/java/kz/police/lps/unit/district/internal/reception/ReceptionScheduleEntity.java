package kz.police.lps.unit.district.internal.reception;

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

/**
 * A police point's reception schedule (textbook L395-400, L629-630). The department is the point.
 * {@code inForcePointId} holds the point's id while the schedule is the approved one in force, else null: a unique
 * constraint keeps one in force per point.
 */
@Entity
@Table(name = "DISTRICT_RECEPTION_SCHEDULE")
public class ReceptionScheduleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "RECEPTION_HOURS", nullable = false)
    private String receptionHours;
    @Column(name = "OPERATING_HOURS", nullable = false)
    private String operatingHours;
    @Column(name = "POINT_PHONE", nullable = false)
    private String pointPhone;
    @Column(name = "DUTY_UNIT_PHONE", nullable = false)
    private String dutyUnitPhone;
    @Column(name = "NOTE")
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private ScheduleStatus status;
    @Column(name = "IN_FORCE_POINT_ID")
    private Long inForcePointId;
    @Column(name = "APPROVED_BY")
    private String approvedBy;
    @Column(name = "APPROVED_AT")
    private Instant approvedAt;
    @Column(name = "SUPERSEDED_AT")
    private Instant supersededAt;
    @Column(name = "SUPERSEDED_BY_ID")
    private Long supersededById;
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

    public String getReceptionHours() {
        return receptionHours;
    }

    public void setReceptionHours(String receptionHours) {
        this.receptionHours = receptionHours;
    }

    public String getOperatingHours() {
        return operatingHours;
    }

    public void setOperatingHours(String operatingHours) {
        this.operatingHours = operatingHours;
    }

    public String getPointPhone() {
        return pointPhone;
    }

    public void setPointPhone(String pointPhone) {
        this.pointPhone = pointPhone;
    }

    public String getDutyUnitPhone() {
        return dutyUnitPhone;
    }

    public void setDutyUnitPhone(String dutyUnitPhone) {
        this.dutyUnitPhone = dutyUnitPhone;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public ScheduleStatus getStatus() {
        return status;
    }

    public void setStatus(ScheduleStatus status) {
        this.status = status;
    }

    public Long getInForcePointId() {
        return inForcePointId;
    }

    public void setInForcePointId(Long inForcePointId) {
        this.inForcePointId = inForcePointId;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public void setApprovedBy(String approvedBy) {
        this.approvedBy = approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public void setApprovedAt(Instant approvedAt) {
        this.approvedAt = approvedAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public void setSupersededAt(Instant supersededAt) {
        this.supersededAt = supersededAt;
    }

    public Long getSupersededById() {
        return supersededById;
    }

    public void setSupersededById(Long supersededById) {
        this.supersededById = supersededById;
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
