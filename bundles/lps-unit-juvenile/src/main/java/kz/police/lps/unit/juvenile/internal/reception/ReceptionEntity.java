package kz.police.lps.unit.juvenile.internal.reception;

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

@Entity
@Table(name = "JUVENILE_RECEPTION")
public class ReceptionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "OFFICER_ID", nullable = false)
    private long officerId;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;
    @Column(name = "VISITOR_PERSON_ID")
    private Long visitorPersonId;
    @Column(name = "VISITOR_NAME")
    private String visitorName;
    @Column(name = "VISITOR_CONTACT")
    private String visitorContact;
    @Column(name = "SUBJECT", nullable = false)
    private String subject;
    @Column(name = "ACTION_TAKEN")
    private String actionTaken;
    @Enumerated(EnumType.STRING)
    @Column(name = "FILING")
    private ReceptionFiling filing;
    @Column(name = "APPLICATION_ID")
    private Long applicationId;
    @Column(name = "APPLICATION_NUMBER")
    private String applicationNumber;
    @Column(name = "SCHEDULE_ID")
    private Long scheduleId;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public long getOfficerId() { return officerId; }
    public void setOfficerId(long v) { officerId = v; }
    public long getDepartmentId() { return departmentId; }
    public void setDepartmentId(long v) { departmentId = v; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String v) { departmentPath = v; }
    public Instant getReceivedAt() { return receivedAt; }
    public void setReceivedAt(Instant v) { receivedAt = v; }
    public Long getVisitorPersonId() { return visitorPersonId; }
    public void setVisitorPersonId(Long v) { visitorPersonId = v; }
    public String getVisitorName() { return visitorName; }
    public void setVisitorName(String v) { visitorName = v; }
    public String getVisitorContact() { return visitorContact; }
    public void setVisitorContact(String v) { visitorContact = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public String getActionTaken() { return actionTaken; }
    public void setActionTaken(String v) { actionTaken = v; }
    public ReceptionFiling getFiling() { return filing; }
    public void setFiling(ReceptionFiling v) { filing = v; }
    public Long getApplicationId() { return applicationId; }
    public void setApplicationId(Long v) { applicationId = v; }
    public String getApplicationNumber() { return applicationNumber; }
    public void setApplicationNumber(String v) { applicationNumber = v; }
    public Long getScheduleId() { return scheduleId; }
    public void setScheduleId(Long v) { scheduleId = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
