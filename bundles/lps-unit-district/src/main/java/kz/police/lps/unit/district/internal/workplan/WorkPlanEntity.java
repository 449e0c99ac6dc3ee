package kz.police.lps.unit.district.internal.workplan;

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

/** The monthly work plan of a district police point or district inspectors' unit (textbook L430-432). */
@Entity
@Table(name = "DISTRICT_WORK_PLAN")
public class WorkPlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "PLAN_PERIOD", nullable = false)
    private String period;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private WorkPlanStatus status;
    @Column(name = "APPROVED_BY")
    private String approvedBy;
    @Column(name = "APPROVED_AT")
    private Instant approvedAt;
    @Column(name = "APPROVED_LATE")
    private Boolean approvedLate;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Column(name = "UPDATED_BY")
    private String updatedBy;
    @Column(name = "UPDATED_AT")
    private Instant updatedAt;
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

    public String getPeriod() {
        return period;
    }

    public void setPeriod(String period) {
        this.period = period;
    }

    public WorkPlanStatus getStatus() {
        return status;
    }

    public void setStatus(WorkPlanStatus status) {
        this.status = status;
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

    public Boolean getApprovedLate() {
        return approvedLate;
    }

    public void setApprovedLate(Boolean approvedLate) {
        this.approvedLate = approvedLate;
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

    public String getUpdatedBy() {
        return updatedBy;
    }

    public void setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Long getVersion() {
        return version;
    }
}
