package kz.police.lps.unit.juvenile.internal.delivery;

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

/** A delivered minor in the journal of minors delivered to the IAB (domain 4.9, L1262-1298, L1336-1344). */
@Entity
@Table(name = "JUVENILE_DELIVERY")
public class DeliveryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "OFFICER_ID", nullable = false)
    private long officerId;
    @Column(name = "PERSON_ID", nullable = false)
    private long personId;
    @Column(name = "JOURNAL_YEAR", nullable = false)
    private int journalYear;
    @Column(name = "JOURNAL_SERIAL", nullable = false)
    private long journalSerial;
    @Column(name = "JOURNAL_NUMBER", nullable = false)
    private String journalNumber;
    @Column(name = "DELIVERED_AT", nullable = false)
    private Instant deliveredAt;
    @Column(name = "DELIVERED_TO")
    private String deliveredTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "GROUND", nullable = false)
    private DeliveryGround ground;
    @Column(name = "GROUND_DETAILS")
    private String groundDetails;
    @Column(name = "PLACE")
    private String place;
    @Column(name = "REPRESENTATIVE_IDS")
    private String representativeIds;
    @Column(name = "UPBRINGING_CONDITIONS", nullable = false)
    private String upbringingConditions;
    @Column(name = "CAUSES_CONDITIONS", nullable = false)
    private String causesAndConditions;
    @Column(name = "INVOLVING_PERSONS")
    private String involvingPersons;
    @Column(name = "PROHIBITED_SALE_PLACES")
    private String prohibitedSalePlaces;
    @Column(name = "RAID_ID")
    private Long raidId;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private DeliveryStatus status;
    @Column(name = "QUESTIONED_AT")
    private Instant questionedAt;
    @Column(name = "REPRESENTATIVE_ID")
    private Long representativeId;
    @Enumerated(EnumType.STRING)
    @Column(name = "REP_CAPACITY")
    private RepresentativeCapacity representativeCapacity;
    @Column(name = "REP_VERIFIED")
    private Boolean representativeVerified;
    @Column(name = "QUESTIONING_SUMMARY")
    private String questioningSummary;
    @Column(name = "CHECKED_AT")
    private Instant checkedAt;
    @Column(name = "RECORDS_CHECK_RESULT")
    private String recordsCheckResult;
    @Column(name = "PSYCH_CHECK_RESULT")
    private String psychiatricCheckResult;
    @Column(name = "MEDICAL_REFERRAL_TO")
    private String medicalReferralTo;
    @Column(name = "HEALTH_REFERRAL_TO")
    private String healthReferralTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME")
    private DeliveryOutcome outcome;
    @Column(name = "OUTCOME_AT")
    private Instant outcomeAt;
    @Column(name = "HANDED_TO_ID")
    private Long handedToId;
    @Column(name = "HANDOVER_IMPOSSIBLE")
    private String handoverImpossibleReason;
    @Column(name = "PLACEMENT_ID")
    private Long placementId;
    @Column(name = "OUT_OF_AREA", nullable = false)
    private boolean outOfArea;
    @Enumerated(EnumType.STRING)
    @Column(name = "OUT_OF_AREA_BASIS")
    private AreaBasis outOfAreaBasis;
    @Column(name = "RESIDENCE_UNIT")
    private String residenceUnit;
    @Column(name = "NOTICE_TASK_ID")
    private Long noticeTaskId;
    @Column(name = "NOTICE_DUE_AT")
    private Instant noticeDueAt;
    @Column(name = "NOTICE_OUTGOING_NO")
    private String noticeOutgoingNumber;
    @Column(name = "NOTICE_SENT_ON")
    private LocalDate noticeSentOn;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public long getDepartmentId() { return departmentId; }
    public void setDepartmentId(long v) { departmentId = v; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String v) { departmentPath = v; }
    public long getOfficerId() { return officerId; }
    public void setOfficerId(long v) { officerId = v; }
    public long getPersonId() { return personId; }
    public void setPersonId(long v) { personId = v; }
    public int getJournalYear() { return journalYear; }
    public void setJournalYear(int v) { journalYear = v; }
    public long getJournalSerial() { return journalSerial; }
    public void setJournalSerial(long v) { journalSerial = v; }
    public String getJournalNumber() { return journalNumber; }
    public void setJournalNumber(String v) { journalNumber = v; }
    public Instant getDeliveredAt() { return deliveredAt; }
    public void setDeliveredAt(Instant v) { deliveredAt = v; }
    public String getDeliveredTo() { return deliveredTo; }
    public void setDeliveredTo(String v) { deliveredTo = v; }
    public DeliveryGround getGround() { return ground; }
    public void setGround(DeliveryGround v) { ground = v; }
    public String getGroundDetails() { return groundDetails; }
    public void setGroundDetails(String v) { groundDetails = v; }
    public String getPlace() { return place; }
    public void setPlace(String v) { place = v; }
    public String getRepresentativeIds() { return representativeIds; }
    public void setRepresentativeIds(String v) { representativeIds = v; }
    public String getUpbringingConditions() { return upbringingConditions; }
    public void setUpbringingConditions(String v) { upbringingConditions = v; }
    public String getCausesAndConditions() { return causesAndConditions; }
    public void setCausesAndConditions(String v) { causesAndConditions = v; }
    public String getInvolvingPersons() { return involvingPersons; }
    public void setInvolvingPersons(String v) { involvingPersons = v; }
    public String getProhibitedSalePlaces() { return prohibitedSalePlaces; }
    public void setProhibitedSalePlaces(String v) { prohibitedSalePlaces = v; }
    public Long getRaidId() { return raidId; }
    public void setRaidId(Long v) { raidId = v; }
    public DeliveryStatus getStatus() { return status; }
    public void setStatus(DeliveryStatus v) { status = v; }
    public Instant getQuestionedAt() { return questionedAt; }
    public void setQuestionedAt(Instant v) { questionedAt = v; }
    public Long getRepresentativeId() { return representativeId; }
    public void setRepresentativeId(Long v) { representativeId = v; }
    public RepresentativeCapacity getRepresentativeCapacity() { return representativeCapacity; }
    public void setRepresentativeCapacity(RepresentativeCapacity v) { representativeCapacity = v; }
    public Boolean getRepresentativeVerified() { return representativeVerified; }
    public void setRepresentativeVerified(Boolean v) { representativeVerified = v; }
    public String getQuestioningSummary() { return questioningSummary; }
    public void setQuestioningSummary(String v) { questioningSummary = v; }
    public Instant getCheckedAt() { return checkedAt; }
    public void setCheckedAt(Instant v) { checkedAt = v; }
    public String getRecordsCheckResult() { return recordsCheckResult; }
    public void setRecordsCheckResult(String v) { recordsCheckResult = v; }
    public String getPsychiatricCheckResult() { return psychiatricCheckResult; }
    public void setPsychiatricCheckResult(String v) { psychiatricCheckResult = v; }
    public String getMedicalReferralTo() { return medicalReferralTo; }
    public void setMedicalReferralTo(String v) { medicalReferralTo = v; }
    public String getHealthReferralTo() { return healthReferralTo; }
    public void setHealthReferralTo(String v) { healthReferralTo = v; }
    public DeliveryOutcome getOutcome() { return outcome; }
    public void setOutcome(DeliveryOutcome v) { outcome = v; }
    public Instant getOutcomeAt() { return outcomeAt; }
    public void setOutcomeAt(Instant v) { outcomeAt = v; }
    public Long getHandedToId() { return handedToId; }
    public void setHandedToId(Long v) { handedToId = v; }
    public String getHandoverImpossibleReason() { return handoverImpossibleReason; }
    public void setHandoverImpossibleReason(String v) { handoverImpossibleReason = v; }
    public Long getPlacementId() { return placementId; }
    public void setPlacementId(Long v) { placementId = v; }
    public boolean isOutOfArea() { return outOfArea; }
    public void setOutOfArea(boolean v) { outOfArea = v; }
    public AreaBasis getOutOfAreaBasis() { return outOfAreaBasis; }
    public void setOutOfAreaBasis(AreaBasis v) { outOfAreaBasis = v; }
    public String getResidenceUnit() { return residenceUnit; }
    public void setResidenceUnit(String v) { residenceUnit = v; }
    public Long getNoticeTaskId() { return noticeTaskId; }
    public void setNoticeTaskId(Long v) { noticeTaskId = v; }
    public Instant getNoticeDueAt() { return noticeDueAt; }
    public void setNoticeDueAt(Instant v) { noticeDueAt = v; }
    public String getNoticeOutgoingNumber() { return noticeOutgoingNumber; }
    public void setNoticeOutgoingNumber(String v) { noticeOutgoingNumber = v; }
    public LocalDate getNoticeSentOn() { return noticeSentOn; }
    public void setNoticeSentOn(LocalDate v) { noticeSentOn = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
