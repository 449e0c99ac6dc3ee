package kz.police.lps.unit.district.internal.prevention;

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

/** An entry of the individual preventive work log of a registration (US-28, L452-454, L643-646). */
@Entity
@Table(name = "DISTRICT_PREVENTIVE_WORK")
public class PreventiveWorkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "REGISTRATION_ID", nullable = false)
    private Long registrationId;
    @Column(name = "PERSON_ID", nullable = false)
    private Long personId;
    @Column(name = "WORK_DATE", nullable = false)
    private LocalDate workDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "ACTIVITY", nullable = false)
    private PreventiveActivity activity;
    @Column(name = "JOINT_UNITS")
    private String jointUnits;
    @Column(name = "NOTES")
    private String notes;
    @Column(name = "OFFICER_ID")
    private Long officerId;
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

    public Long getRegistrationId() {
        return registrationId;
    }

    public void setRegistrationId(Long registrationId) {
        this.registrationId = registrationId;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public void setWorkDate(LocalDate workDate) {
        this.workDate = workDate;
    }

    public PreventiveActivity getActivity() {
        return activity;
    }

    public void setActivity(PreventiveActivity activity) {
        this.activity = activity;
    }

    public String getJointUnits() {
        return jointUnits;
    }

    public void setJointUnits(String jointUnits) {
        this.jointUnits = jointUnits;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
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
