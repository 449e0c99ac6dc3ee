package kz.police.lps.unit.district.internal.destructive;

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

/** A 10-day information report on a follower of a destructive religious movement (BR-31, L589-598), filed in the accumulation file of the police point (BR-33, L604-606). */
@Entity
@Table(name = "DISTRICT_DM_INFORMATION")
public class InformationReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "REGISTRATION_ID", nullable = false)
    private Long registrationId;
    @Column(name = "PERSON_ID", nullable = false)
    private Long personId;
    @Column(name = "WINDOW_NO", nullable = false)
    private int windowNo;
    @Column(name = "WINDOW_DUE", nullable = false)
    private LocalDate windowDue;
    @Column(name = "ACTUAL_ADDRESS", nullable = false)
    private String actualAddress;
    @Column(name = "REGISTERED_ADDRESS", nullable = false)
    private String registeredAddress;
    @Column(name = "FAMILY_COMPOSITION", nullable = false)
    private String familyComposition;
    @Column(name = "LIFESTYLE_BEHAVIOUR", nullable = false)
    private String lifestyleBehaviour;
    @Column(name = "OTHER_OPERATIONAL_INFO", nullable = false)
    private String otherOperationalInfo;
    @Enumerated(EnumType.STRING)
    @Column(name = "RECIPIENT_KIND", nullable = false)
    private InformationRecipient recipientKind;
    @Column(name = "RECIPIENT_NAME", nullable = false)
    private String recipientName;
    @Column(name = "SENT_AT", nullable = false)
    private Instant sentAt;
    @Column(name = "OFFICER_ID")
    private Long officerId;
    @Column(name = "POINT_ID", nullable = false)
    private Long pointId;
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

    public int getWindowNo() {
        return windowNo;
    }

    public void setWindowNo(int windowNo) {
        this.windowNo = windowNo;
    }

    public LocalDate getWindowDue() {
        return windowDue;
    }

    public void setWindowDue(LocalDate windowDue) {
        this.windowDue = windowDue;
    }

    public String getActualAddress() {
        return actualAddress;
    }

    public void setActualAddress(String actualAddress) {
        this.actualAddress = actualAddress;
    }

    public String getRegisteredAddress() {
        return registeredAddress;
    }

    public void setRegisteredAddress(String registeredAddress) {
        this.registeredAddress = registeredAddress;
    }

    public String getFamilyComposition() {
        return familyComposition;
    }

    public void setFamilyComposition(String familyComposition) {
        this.familyComposition = familyComposition;
    }

    public String getLifestyleBehaviour() {
        return lifestyleBehaviour;
    }

    public void setLifestyleBehaviour(String lifestyleBehaviour) {
        this.lifestyleBehaviour = lifestyleBehaviour;
    }

    public String getOtherOperationalInfo() {
        return otherOperationalInfo;
    }

    public void setOtherOperationalInfo(String otherOperationalInfo) {
        this.otherOperationalInfo = otherOperationalInfo;
    }

    public InformationRecipient getRecipientKind() {
        return recipientKind;
    }

    public void setRecipientKind(InformationRecipient recipientKind) {
        this.recipientKind = recipientKind;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public void setRecipientName(String recipientName) {
        this.recipientName = recipientName;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public void setSentAt(Instant sentAt) {
        this.sentAt = sentAt;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
    }

    public Long getPointId() {
        return pointId;
    }

    public void setPointId(Long pointId) {
        this.pointId = pointId;
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
