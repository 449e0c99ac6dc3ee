package kz.police.lps.unit.district.internal.appointment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

/** An appointment case of a district inspector to a vacant precinct (WF-2, Order 438, textbook L208-250). */
@Entity
@Table(name = "DISTRICT_APPOINTMENT")
public class AppointmentCaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "CANDIDATE_NAME", nullable = false)
    private String candidateName;
    @Enumerated(EnumType.STRING)
    @Column(name = "CANDIDATE_KIND", nullable = false)
    private CandidateKind candidateKind;
    @Column(name = "CANDIDATE_OFFICER_ID")
    private Long candidateOfficerId;
    @Column(name = "REPORTED_ON")
    private LocalDate reportedOn;
    @Column(name = "ACCEPTANCE_ENDS_ON")
    private LocalDate acceptanceEndsOn;
    @Column(name = "PETITION_NORM_KEY", nullable = false)
    private String petitionNormKey;
    @Column(name = "PETITION_DUE_AT", nullable = false)
    private Instant petitionDueAt;
    @Column(name = "TASK_ID")
    private Long taskId;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private AppointmentStatus status;
    @Column(name = "PETITION_SENT_ON")
    private LocalDate petitionSentOn;
    @Column(name = "EXECUTIVE_BODY")
    private String executiveBody;
    @Column(name = "PROPOSED_PLACE")
    private String proposedPlace;
    @Column(name = "PROPOSED_AT")
    private LocalDateTime proposedAt;
    @Column(name = "PETITION_LATE")
    private Boolean petitionLate;
    @Column(name = "MEETING_HELD_ON")
    private LocalDate meetingHeldOn;
    @Column(name = "MEETING_PLACE")
    private String meetingPlace;
    @Column(name = "CANDIDATE_PRESENTED")
    private Boolean candidatePresented;
    @Column(name = "SERVICE_RECORD_PRESENTED")
    private Boolean serviceRecordPresented;
    @Column(name = "CHARACTERISATION_PRESENTED")
    private Boolean characterisationPresented;
    @Column(name = "ATTENDANCE")
    private Integer attendance;
    @Column(name = "RESIDENTS_OPINION")
    private String residentsOpinion;
    @Column(name = "ORDER_NO")
    private String orderNumber;
    @Column(name = "ORDER_DATE")
    private LocalDate orderDate;
    @Column(name = "WITHDRAWAL_REASON")
    private String withdrawalReason;
    @Column(name = "CLOSED_ON")
    private LocalDate closedOn;
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

    public String getCandidateName() {
        return candidateName;
    }

    public void setCandidateName(String candidateName) {
        this.candidateName = candidateName;
    }

    public CandidateKind getCandidateKind() {
        return candidateKind;
    }

    public void setCandidateKind(CandidateKind candidateKind) {
        this.candidateKind = candidateKind;
    }

    public Long getCandidateOfficerId() {
        return candidateOfficerId;
    }

    public void setCandidateOfficerId(Long candidateOfficerId) {
        this.candidateOfficerId = candidateOfficerId;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public void setReportedOn(LocalDate reportedOn) {
        this.reportedOn = reportedOn;
    }

    public LocalDate getAcceptanceEndsOn() {
        return acceptanceEndsOn;
    }

    public void setAcceptanceEndsOn(LocalDate acceptanceEndsOn) {
        this.acceptanceEndsOn = acceptanceEndsOn;
    }

    public String getPetitionNormKey() {
        return petitionNormKey;
    }

    public void setPetitionNormKey(String petitionNormKey) {
        this.petitionNormKey = petitionNormKey;
    }

    public Instant getPetitionDueAt() {
        return petitionDueAt;
    }

    public void setPetitionDueAt(Instant petitionDueAt) {
        this.petitionDueAt = petitionDueAt;
    }

    public Long getTaskId() {
        return taskId;
    }

    public void setTaskId(Long taskId) {
        this.taskId = taskId;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public void setStatus(AppointmentStatus status) {
        this.status = status;
    }

    public LocalDate getPetitionSentOn() {
        return petitionSentOn;
    }

    public void setPetitionSentOn(LocalDate petitionSentOn) {
        this.petitionSentOn = petitionSentOn;
    }

    public String getExecutiveBody() {
        return executiveBody;
    }

    public void setExecutiveBody(String executiveBody) {
        this.executiveBody = executiveBody;
    }

    public String getProposedPlace() {
        return proposedPlace;
    }

    public void setProposedPlace(String proposedPlace) {
        this.proposedPlace = proposedPlace;
    }

    public LocalDateTime getProposedAt() {
        return proposedAt;
    }

    public void setProposedAt(LocalDateTime proposedAt) {
        this.proposedAt = proposedAt;
    }

    public Boolean getPetitionLate() {
        return petitionLate;
    }

    public void setPetitionLate(Boolean petitionLate) {
        this.petitionLate = petitionLate;
    }

    public LocalDate getMeetingHeldOn() {
        return meetingHeldOn;
    }

    public void setMeetingHeldOn(LocalDate meetingHeldOn) {
        this.meetingHeldOn = meetingHeldOn;
    }

    public String getMeetingPlace() {
        return meetingPlace;
    }

    public void setMeetingPlace(String meetingPlace) {
        this.meetingPlace = meetingPlace;
    }

    public Boolean getCandidatePresented() {
        return candidatePresented;
    }

    public void setCandidatePresented(Boolean candidatePresented) {
        this.candidatePresented = candidatePresented;
    }

    public Boolean getServiceRecordPresented() {
        return serviceRecordPresented;
    }

    public void setServiceRecordPresented(Boolean serviceRecordPresented) {
        this.serviceRecordPresented = serviceRecordPresented;
    }

    public Boolean getCharacterisationPresented() {
        return characterisationPresented;
    }

    public void setCharacterisationPresented(Boolean characterisationPresented) {
        this.characterisationPresented = characterisationPresented;
    }

    public Integer getAttendance() {
        return attendance;
    }

    public void setAttendance(Integer attendance) {
        this.attendance = attendance;
    }

    public String getResidentsOpinion() {
        return residentsOpinion;
    }

    public void setResidentsOpinion(String residentsOpinion) {
        this.residentsOpinion = residentsOpinion;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public void setOrderDate(LocalDate orderDate) {
        this.orderDate = orderDate;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
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
