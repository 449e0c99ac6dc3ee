package kz.police.lps.unit.district.internal.precinct;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * The district unit's record of an administrative precinct, keyed by the core's organisation node (kind
 * {@code PRECINCT}): the serial number and the head's order that gave it (L333-335), the boundaries and their basis
 * (L326-329, L350-354) and the inspector assigned by order (L323-326).
 */
@Entity
@Table(name = "DISTRICT_PRECINCT")
public class PrecinctEntity {

    @Id
    @Column(name = "NODE_ID")
    private Long nodeId;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    /** The path of the city/district body the precinct belongs to: serial numbers are unique within it. */
    @Column(name = "BODY_PATH", nullable = false)
    private String bodyPath;
    @Column(name = "SERIAL_NO")
    private Integer serialNumber;
    @Column(name = "SERIAL_ORDER_NO")
    private String serialOrderNumber;
    @Column(name = "SERIAL_ORDER_ON")
    private LocalDate serialOrderDate;
    @Column(name = "BOUNDARIES")
    private String boundaries;
    @Column(name = "POPULATION_DENSITY")
    private BigDecimal populationDensity;
    @Column(name = "SETTLEMENT_DISTANCES")
    private String settlementDistances;
    @Column(name = "BOUNDARIES_ORDER_NO")
    private String boundariesOrderNumber;
    @Column(name = "BOUNDARIES_ORDER_ON")
    private LocalDate boundariesOrderDate;
    @Column(name = "BOUNDARIES_APPROVED_BY")
    private String boundariesApprovedBy;
    @Column(name = "BOUNDARIES_APPROVED_AT")
    private Instant boundariesApprovedAt;
    @Column(name = "INSPECTOR_ID")
    private Long inspectorId;
    @Column(name = "ASSIGNMENT_ORDER_NO")
    private String assignmentOrderNumber;
    @Column(name = "ASSIGNMENT_ORDER_ON")
    private LocalDate assignmentOrderDate;
    @Column(name = "UPDATED_BY", nullable = false)
    private String updatedBy;
    @Column(name = "UPDATED_AT", nullable = false)
    private Instant updatedAt;
    @Version
    @Column(name = "VERSION", nullable = false)
    private Long version;

    public Long getNodeId() {
        return nodeId;
    }

    public void setNodeId(Long nodeId) {
        this.nodeId = nodeId;
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

    public String getBodyPath() {
        return bodyPath;
    }

    public void setBodyPath(String bodyPath) {
        this.bodyPath = bodyPath;
    }

    public Integer getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(Integer serialNumber) {
        this.serialNumber = serialNumber;
    }

    public String getSerialOrderNumber() {
        return serialOrderNumber;
    }

    public void setSerialOrderNumber(String serialOrderNumber) {
        this.serialOrderNumber = serialOrderNumber;
    }

    public LocalDate getSerialOrderDate() {
        return serialOrderDate;
    }

    public void setSerialOrderDate(LocalDate serialOrderDate) {
        this.serialOrderDate = serialOrderDate;
    }

    public String getBoundaries() {
        return boundaries;
    }

    public void setBoundaries(String boundaries) {
        this.boundaries = boundaries;
    }

    public BigDecimal getPopulationDensity() {
        return populationDensity;
    }

    public void setPopulationDensity(BigDecimal populationDensity) {
        this.populationDensity = populationDensity;
    }

    public String getSettlementDistances() {
        return settlementDistances;
    }

    public void setSettlementDistances(String settlementDistances) {
        this.settlementDistances = settlementDistances;
    }

    public String getBoundariesOrderNumber() {
        return boundariesOrderNumber;
    }

    public void setBoundariesOrderNumber(String boundariesOrderNumber) {
        this.boundariesOrderNumber = boundariesOrderNumber;
    }

    public LocalDate getBoundariesOrderDate() {
        return boundariesOrderDate;
    }

    public void setBoundariesOrderDate(LocalDate boundariesOrderDate) {
        this.boundariesOrderDate = boundariesOrderDate;
    }

    public String getBoundariesApprovedBy() {
        return boundariesApprovedBy;
    }

    public void setBoundariesApprovedBy(String boundariesApprovedBy) {
        this.boundariesApprovedBy = boundariesApprovedBy;
    }

    public Instant getBoundariesApprovedAt() {
        return boundariesApprovedAt;
    }

    public void setBoundariesApprovedAt(Instant boundariesApprovedAt) {
        this.boundariesApprovedAt = boundariesApprovedAt;
    }

    public Long getInspectorId() {
        return inspectorId;
    }

    public void setInspectorId(Long inspectorId) {
        this.inspectorId = inspectorId;
    }

    public String getAssignmentOrderNumber() {
        return assignmentOrderNumber;
    }

    public void setAssignmentOrderNumber(String assignmentOrderNumber) {
        this.assignmentOrderNumber = assignmentOrderNumber;
    }

    public LocalDate getAssignmentOrderDate() {
        return assignmentOrderDate;
    }

    public void setAssignmentOrderDate(LocalDate assignmentOrderDate) {
        this.assignmentOrderDate = assignmentOrderDate;
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
