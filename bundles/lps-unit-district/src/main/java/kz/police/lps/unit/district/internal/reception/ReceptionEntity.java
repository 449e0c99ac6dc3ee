package kz.police.lps.unit.district.internal.reception;

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

/**
 * An entry of the citizen reception journal (textbook L626-629). The department is the police point where the
 * visitor was received; the application filed from it (WF-9) is the core's row, referred to by id.
 */
@Entity
@Table(name = "DISTRICT_RECEPTION")
public class ReceptionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "districtSeq")
    private Long id;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;
    @Column(name = "OFFICER_ID", nullable = false)
    private Long officerId;
    @Column(name = "VISITOR_PERSON_ID")
    private Long visitorPersonId;
    @Column(name = "VISITOR_NAME")
    private String visitorName;
    @Column(name = "VISITOR_CONTACT")
    private String visitorContact;
    @Column(name = "VISITOR_ADDRESS")
    private String visitorAddress;
    @Column(name = "SUBJECT", nullable = false)
    private String subject;
    @Column(name = "ACTION_TAKEN")
    private String actionTaken;
    @Column(name = "REFERRED_TO")
    private String referredTo;
    @Enumerated(EnumType.STRING)
    @Column(name = "FILING")
    private ReceptionFiling filing;
    @Column(name = "APPLICATION_ID")
    private Long applicationId;
    @Column(name = "APPLICATION_NO")
    private String applicationNumber;
    @Column(name = "SCHEDULE_ID")
    private Long scheduleId;
    @Column(name = "OUTSIDE_SCHEDULE", nullable = false)
    private boolean outsideSchedule;
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

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public void setOfficerId(Long officerId) {
        this.officerId = officerId;
    }

    public Long getVisitorPersonId() {
        return visitorPersonId;
    }

    public void setVisitorPersonId(Long visitorPersonId) {
        this.visitorPersonId = visitorPersonId;
    }

    public String getVisitorName() {
        return visitorName;
    }

    public void setVisitorName(String visitorName) {
        this.visitorName = visitorName;
    }

    public String getVisitorContact() {
        return visitorContact;
    }

    public void setVisitorContact(String visitorContact) {
        this.visitorContact = visitorContact;
    }

    public String getVisitorAddress() {
        return visitorAddress;
    }

    public void setVisitorAddress(String visitorAddress) {
        this.visitorAddress = visitorAddress;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public void setActionTaken(String actionTaken) {
        this.actionTaken = actionTaken;
    }

    public String getReferredTo() {
        return referredTo;
    }

    public void setReferredTo(String referredTo) {
        this.referredTo = referredTo;
    }

    public ReceptionFiling getFiling() {
        return filing;
    }

    public void setFiling(ReceptionFiling filing) {
        this.filing = filing;
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public void setApplicationId(Long applicationId) {
        this.applicationId = applicationId;
    }

    public String getApplicationNumber() {
        return applicationNumber;
    }

    public void setApplicationNumber(String applicationNumber) {
        this.applicationNumber = applicationNumber;
    }

    public Long getScheduleId() {
        return scheduleId;
    }

    public void setScheduleId(Long scheduleId) {
        this.scheduleId = scheduleId;
    }

    public boolean isOutsideSchedule() {
        return outsideSchedule;
    }

    public void setOutsideSchedule(boolean outsideSchedule) {
        this.outsideSchedule = outsideSchedule;
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
