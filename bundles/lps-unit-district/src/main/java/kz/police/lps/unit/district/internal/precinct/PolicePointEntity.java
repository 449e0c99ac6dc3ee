package kz.police.lps.unit.district.internal.precinct;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/**
 * The district unit's record of a district police point (УПП), keyed by the core's organisation node (kind
 * {@code POLICE_POINT}): the staff number set by the head (L327-329), the inspector heading it (L191-194), its premises
 * (rooms L385-389, building and entrance L389-392, central location L392-393), vehicles (L199-206) and the phones on
 * its plate (L395-400).
 */
@Entity
@Table(name = "DISTRICT_POLICE_POINT")
public class PolicePointEntity {
    @Id
    @Column(name = "NODE_ID")
    private Long nodeId;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "STAFF_NUMBER")
    private Integer staffNumber;
    @Column(name = "STAFF_ORDER_NO")
    private String staffOrderNumber;
    @Column(name = "STAFF_ORDER_ON")
    private LocalDate staffOrderDate;
    @Column(name = "HEAD_OFFICER_ID")
    private Long headOfficerId;
    @Column(name = "DISTRICT_CENTRE", nullable = false)
    private boolean districtCentre;
    @Column(name = "PREMISES_RECORDED", nullable = false)
    private boolean premisesRecorded;
    @Column(name = "OFFICE_AREA")
    private BigDecimal officeArea;
    @Column(name = "WORK_OFFICES", nullable = false)
    private boolean workOffices;
    @Column(name = "RECEPTION_ROOM", nullable = false)
    private boolean receptionRoom;
    @Column(name = "DELIVERED_ROOM", nullable = false)
    private boolean deliveredPersonsRoom;
    @Column(name = "REST_ROOM", nullable = false)
    private boolean restRoom;
    @Column(name = "SANITARY_UNIT", nullable = false)
    private boolean sanitaryUnit;
    @Enumerated(EnumType.STRING)
    @Column(name = "BUILDING_TYPE")
    private BuildingType buildingType;
    @Column(name = "SEPARATE_ENTRANCE", nullable = false)
    private boolean separateEntrance;
    @Column(name = "CENTRAL_LOCATION", nullable = false)
    private boolean centralLocation;
    @Column(name = "VEHICLES")
    private Integer vehicles;
    @Column(name = "RECEPTION_PHONE")
    private String receptionPhone;
    @Column(name = "DUTY_PHONE")
    private String dutyPhone;
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

    public Integer getStaffNumber() {
        return staffNumber;
    }

    public void setStaffNumber(Integer staffNumber) {
        this.staffNumber = staffNumber;
    }

    public String getStaffOrderNumber() {
        return staffOrderNumber;
    }

    public void setStaffOrderNumber(String staffOrderNumber) {
        this.staffOrderNumber = staffOrderNumber;
    }

    public LocalDate getStaffOrderDate() {
        return staffOrderDate;
    }

    public void setStaffOrderDate(LocalDate staffOrderDate) {
        this.staffOrderDate = staffOrderDate;
    }

    public Long getHeadOfficerId() {
        return headOfficerId;
    }

    public void setHeadOfficerId(Long headOfficerId) {
        this.headOfficerId = headOfficerId;
    }

    public boolean isDistrictCentre() {
        return districtCentre;
    }

    public void setDistrictCentre(boolean districtCentre) {
        this.districtCentre = districtCentre;
    }

    public boolean isPremisesRecorded() {
        return premisesRecorded;
    }

    public void setPremisesRecorded(boolean premisesRecorded) {
        this.premisesRecorded = premisesRecorded;
    }

    public BigDecimal getOfficeArea() {
        return officeArea;
    }

    public void setOfficeArea(BigDecimal officeArea) {
        this.officeArea = officeArea;
    }

    public boolean isWorkOffices() {
        return workOffices;
    }

    public void setWorkOffices(boolean workOffices) {
        this.workOffices = workOffices;
    }

    public boolean isReceptionRoom() {
        return receptionRoom;
    }

    public void setReceptionRoom(boolean receptionRoom) {
        this.receptionRoom = receptionRoom;
    }

    public boolean isDeliveredPersonsRoom() {
        return deliveredPersonsRoom;
    }

    public void setDeliveredPersonsRoom(boolean deliveredPersonsRoom) {
        this.deliveredPersonsRoom = deliveredPersonsRoom;
    }

    public boolean isRestRoom() {
        return restRoom;
    }

    public void setRestRoom(boolean restRoom) {
        this.restRoom = restRoom;
    }

    public boolean isSanitaryUnit() {
        return sanitaryUnit;
    }

    public void setSanitaryUnit(boolean sanitaryUnit) {
        this.sanitaryUnit = sanitaryUnit;
    }

    public BuildingType getBuildingType() {
        return buildingType;
    }

    public void setBuildingType(BuildingType buildingType) {
        this.buildingType = buildingType;
    }

    public boolean isSeparateEntrance() {
        return separateEntrance;
    }

    public void setSeparateEntrance(boolean separateEntrance) {
        this.separateEntrance = separateEntrance;
    }

    public boolean isCentralLocation() {
        return centralLocation;
    }

    public void setCentralLocation(boolean centralLocation) {
        this.centralLocation = centralLocation;
    }

    public Integer getVehicles() {
        return vehicles;
    }

    public void setVehicles(Integer vehicles) {
        this.vehicles = vehicles;
    }

    public String getReceptionPhone() {
        return receptionPhone;
    }

    public void setReceptionPhone(String receptionPhone) {
        this.receptionPhone = receptionPhone;
    }

    public String getDutyPhone() {
        return dutyPhone;
    }

    public void setDutyPhone(String dutyPhone) {
        this.dutyPhone = dutyPhone;
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
