package kz.police.lps.unit.district.internal.inspection;

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
 * An entry of the inspectors' book (тексерушілер кітабы, Annex 2 of the Rules of MIA Order No. 1095, textbook
 * L621-624): an inspection of a district police point's work and of the keeping of the precinct passports. The
 * owning department is the point.
 */
@Entity
@Table(name = "DISTRICT_INSPECTION")
public class InspectionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "POINT_ID", nullable = false)
    private Long pointId;
    @Enumerated(EnumType.STRING)
    @Column(name = "INSPECTOR_LEVEL", nullable = false)
    private InspectorLevel level;
    @Column(name = "PERIOD_CODE", nullable = false)
    private String periodCode;
    @Column(name = "INSPECTOR_NAME", nullable = false)
    private String inspectorName;
    @Column(name = "INSPECTOR_POSITION")
    private String inspectorPosition;
    @Column(name = "INSPECTED_ON", nullable = false)
    private LocalDate inspectedOn;
    @Column(name = "POINT_FINDINGS", nullable = false)
    private String pointFindings;
    @Column(name = "PASSPORT_FINDINGS", nullable = false)
    private String passportFindings;
    @Column(name = "PROPOSALS")
    private String proposals;
    @Column(name = "TASK_ID")
    private Long taskId;
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

    public Long getPointId() {
        return pointId;
    }

    public void setPointId(Long pointId) {
        this.pointId = pointId;
    }

    public InspectorLevel getLevel() {
        return level;
    }

    public void setLevel(InspectorLevel level) {
        this.level = level;
    }

    public String getPeriodCode() {
        return periodCode;
    }

    public void setPeriodCode(String periodCode) {
        this.periodCode = periodCode;
    }

    public String getInspectorName() {
        return inspectorName;
    }

    public void setInspectorName(String inspectorName) {
        this.inspectorName = inspectorName;
    }

    public String getInspectorPosition() {
        return inspectorPosition;
    }

    public void setInspectorPosition(String inspectorPosition) {
        this.inspectorPosition = inspectorPosition;
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(LocalDate inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public String getPointFindings() {
        return pointFindings;
    }

    public void setPointFindings(String pointFindings) {
        this.pointFindings = pointFindings;
    }

    public String getPassportFindings() {
        return passportFindings;
    }

    public void setPassportFindings(String passportFindings) {
        this.passportFindings = passportFindings;
    }

    public String getProposals() {
        return proposals;
    }

    public void setProposals(String proposals) {
        this.proposals = proposals;
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
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
