package kz.police.lps.unit.district.internal.precinct;

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

/**
 * The takeover of a precinct by a newly appointed inspector (қабылдау-тапсыру, WF-3, L335-349): in the presence of the
 * deputy head of the city/district body or the head of the ЖПҚ, with the officials the inspector was introduced to.
 */
@Entity
@Table(name = "DISTRICT_HANDOVER")
public class HandoverEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "PRECINCT_ID", nullable = false)
    private Long precinctId;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "HANDED_OVER_ON", nullable = false)
    private LocalDate handedOverOn;
    @Column(name = "INCOMING_OFFICER_ID", nullable = false)
    private Long incomingOfficerId;
    @Column(name = "OUTGOING_OFFICER_ID")
    private Long outgoingOfficerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "WITNESS_ROLE", nullable = false)
    private WitnessRole witnessRole;
    @Column(name = "WITNESS_NAME", nullable = false)
    private String witnessName;
    @Column(name = "WITNESS_OFFICER_ID")
    private Long witnessOfficerId;
    @Column(name = "APPOINTMENT_ORDER_NO")
    private String appointmentOrderNumber;
    @Column(name = "APPOINTMENT_ORDER_ON")
    private LocalDate appointmentOrderDate;
    @Column(name = "FAMILIARISATION")
    private String familiarisation;
    @Column(name = "OFFICIALS_INTRODUCED")
    private String officialsIntroduced;
    @Column(name = "NOTES")
    private String notes;
    @Column(name = "PASSPORT_ENTRY_ID")
    private Long passportEntryId;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    public Long getId() {
        return id;
    }

    public Long getPrecinctId() {
        return precinctId;
    }

    public void setPrecinctId(Long precinctId) {
        this.precinctId = precinctId;
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

    public LocalDate getHandedOverOn() {
        return handedOverOn;
    }

    public void setHandedOverOn(LocalDate handedOverOn) {
        this.handedOverOn = handedOverOn;
    }

    public Long getIncomingOfficerId() {
        return incomingOfficerId;
    }

    public void setIncomingOfficerId(Long incomingOfficerId) {
        this.incomingOfficerId = incomingOfficerId;
    }

    public Long getOutgoingOfficerId() {
        return outgoingOfficerId;
    }

    public void setOutgoingOfficerId(Long outgoingOfficerId) {
        this.outgoingOfficerId = outgoingOfficerId;
    }

    public WitnessRole getWitnessRole() {
        return witnessRole;
    }

    public void setWitnessRole(WitnessRole witnessRole) {
        this.witnessRole = witnessRole;
    }

    public String getWitnessName() {
        return witnessName;
    }

    public void setWitnessName(String witnessName) {
        this.witnessName = witnessName;
    }

    public Long getWitnessOfficerId() {
        return witnessOfficerId;
    }

    public void setWitnessOfficerId(Long witnessOfficerId) {
        this.witnessOfficerId = witnessOfficerId;
    }

    public String getAppointmentOrderNumber() {
        return appointmentOrderNumber;
    }

    public void setAppointmentOrderNumber(String appointmentOrderNumber) {
        this.appointmentOrderNumber = appointmentOrderNumber;
    }

    public LocalDate getAppointmentOrderDate() {
        return appointmentOrderDate;
    }

    public void setAppointmentOrderDate(LocalDate appointmentOrderDate) {
        this.appointmentOrderDate = appointmentOrderDate;
    }

    public String getFamiliarisation() {
        return familiarisation;
    }

    public void setFamiliarisation(String familiarisation) {
        this.familiarisation = familiarisation;
    }

    public String getOfficialsIntroduced() {
        return officialsIntroduced;
    }

    public void setOfficialsIntroduced(String officialsIntroduced) {
        this.officialsIntroduced = officialsIntroduced;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getPassportEntryId() {
        return passportEntryId;
    }

    public void setPassportEntryId(Long passportEntryId) {
        this.passportEntryId = passportEntryId;
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
}
