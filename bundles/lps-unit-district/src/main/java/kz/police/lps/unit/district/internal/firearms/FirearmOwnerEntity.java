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

/** A person holding firearms for personal use, checked at the storage address at least once a year (WF-12, L541-548). */
@Entity
@Table(name = "DISTRICT_FIREARM_OWNER")
public class FirearmOwnerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "PERSON_ID", nullable = false)
    private Long personId;
    @Column(name = "PERMIT_NUMBER", nullable = false)
    private String permitNumber;
    @Enumerated(EnumType.STRING)
    @Column(name = "PERMIT_KIND", nullable = false)
    private PermitKind permitKind;
    @Column(name = "WEAPONS", nullable = false)
    private String weapons;
    @Column(name = "STORAGE_REGION")
    private String storageRegion;
    @Column(name = "STORAGE_DISTRICT")
    private String storageDistrict;
    @Column(name = "STORAGE_SETTLEMENT")
    private String storageSettlement;
    @Column(name = "STORAGE_STREET")
    private String storageStreet;
    @Column(name = "STORAGE_HOUSE")
    private String storageHouse;
    @Column(name = "STORAGE_APARTMENT")
    private String storageApartment;
    @Column(name = "PRECINCT_ID", nullable = false)
    private Long precinctId;
    @Column(name = "REGISTERED_ON", nullable = false)
    private LocalDate registeredOn;
    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;
    @Column(name = "CLOSED_REASON")
    private String closedReason;
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
    /**
     * Derived, for paging and filtering in the database: the day by whose end the next periodic check is due, as of
     * the counted checks and the periodicity {@link #checkPeriod}; null once closed. Kept by {@link NextCheckDue}
     * (not a change of the record: it does not move the version).
     */
    @Column(name = "NEXT_CHECK_DUE")
    private LocalDate nextCheckDue;
    /** The period kind {@link #nextCheckDue} was counted in; null until counted. */
    @Column(name = "CHECK_PERIOD")
    private String checkPeriod;

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public String getPermitNumber() {
        return permitNumber;
    }

    public void setPermitNumber(String permitNumber) {
        this.permitNumber = permitNumber;
    }

    public PermitKind getPermitKind() {
        return permitKind;
    }

    public void setPermitKind(PermitKind permitKind) {
        this.permitKind = permitKind;
    }

    public String getWeapons() {
        return weapons;
    }

    public void setWeapons(String weapons) {
        this.weapons = weapons;
    }

    public String getStorageRegion() {
        return storageRegion;
    }

    public void setStorageRegion(String storageRegion) {
        this.storageRegion = storageRegion;
    }

    public String getStorageDistrict() {
        return storageDistrict;
    }

    public void setStorageDistrict(String storageDistrict) {
        this.storageDistrict = storageDistrict;
    }

    public String getStorageSettlement() {
        return storageSettlement;
    }

    public void setStorageSettlement(String storageSettlement) {
        this.storageSettlement = storageSettlement;
    }

    public String getStorageStreet() {
        return storageStreet;
    }

    public void setStorageStreet(String storageStreet) {
        this.storageStreet = storageStreet;
    }

    public String getStorageHouse() {
        return storageHouse;
    }

    public void setStorageHouse(String storageHouse) {
        this.storageHouse = storageHouse;
    }

    public String getStorageApartment() {
        return storageApartment;
    }

    public void setStorageApartment(String storageApartment) {
        this.storageApartment = storageApartment;
    }

    public Long getPrecinctId() {
        return precinctId;
    }

    public void setPrecinctId(Long precinctId) {
        this.precinctId = precinctId;
    }

    public LocalDate getRegisteredOn() {
        return registeredOn;
    }

    public void setRegisteredOn(LocalDate registeredOn) {
        this.registeredOn = registeredOn;
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

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public String getClosedReason() {
        return closedReason;
    }

    public void setClosedReason(String closedReason) {
        this.closedReason = closedReason;
    }

    public Long getVersion() {
        return version;
    }

    public LocalDate getNextCheckDue() {
        return nextCheckDue;
    }

    public String getCheckPeriod() {
        return checkPeriod;
    }

    /** A closed record owes no more checks. */
    public void clearNextCheckDue() {
        this.nextCheckDue = null;
        this.checkPeriod = null;
    }
}
