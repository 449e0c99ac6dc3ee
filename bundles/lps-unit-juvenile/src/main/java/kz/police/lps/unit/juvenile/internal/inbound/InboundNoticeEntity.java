package kz.police.lps.unit.juvenile.internal.inbound;

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

/** A notice or statement received from investigation or the penal system (WF-J16, N-J25..N-J29, L1442-1499), with its deadline counted from the event by the norm and whether it came late. */
@Entity
@Table(name = "JUVENILE_INBOUND_NOTICE")
public class InboundNoticeEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Enumerated(EnumType.STRING)
    @Column(name = "NOTICE_KIND", nullable = false)
    private NoticeKind kind;
    @Column(name = "PERSON_ID", nullable = false)
    private Long personId;
    @Column(name = "REGISTRATION_ID")
    private Long registrationId;
    @Column(name = "SENDER", nullable = false)
    private String sender;
    @Column(name = "SENDER_REF")
    private String senderRef;
    @Column(name = "EVENT_AT")
    private Instant eventAt;
    @Column(name = "RELEASE_ON")
    private LocalDate releaseOn;
    @Column(name = "RECEIVED_AT", nullable = false)
    private Instant receivedAt;
    @Column(name = "DUE_AT", nullable = false)
    private Instant dueAt;
    @Column(name = "LATE", nullable = false)
    private boolean late;
    @Column(name = "LATE_MINUTES", nullable = false)
    private long lateMinutes;
    @Enumerated(EnumType.STRING)
    @Column(name = "SUSPECT_REASON")
    private SuspectReason suspectReason;
    @Column(name = "FABULA")
    private String fabula;
    @Column(name = "QUALIFICATION")
    private String qualification;
    @Column(name = "PREVENTIVE_MEASURE")
    private String preventiveMeasure;
    @Column(name = "SENT_TO_PROSECUTOR_ON")
    private LocalDate sentToProsecutorOn;
    @Column(name = "CHARACTERISATION")
    private String characterisation;
    @Column(name = "NOTE")
    private String note;
    @Column(name = "TASK_ID")
    private Long taskId;
    @Column(name = "DEPARTMENT_ID", nullable = false)
    private Long departmentId;
    @Column(name = "DEPARTMENT_PATH", nullable = false)
    private String departmentPath;
    @Column(name = "CREATED_BY", nullable = false)
    private String createdBy;
    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public NoticeKind getKind() { return kind; }
    public void setKind(NoticeKind v) { kind = v; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long v) { personId = v; }
    public Long getRegistrationId() { return registrationId; }
    public void setRegistrationId(Long v) { registrationId = v; }
    public String getSender() { return sender; }
    public void setSender(String v) { sender = v; }
    public String getSenderRef() { return senderRef; }
    public void setSenderRef(String v) { senderRef = v; }
    public Instant getEventAt() { return eventAt; }
    public void setEventAt(Instant v) { eventAt = v; }
    public LocalDate getReleaseOn() { return releaseOn; }
    public void setReleaseOn(LocalDate v) { releaseOn = v; }
    public Instant getReceivedAt() { return receivedAt; }
    public void setReceivedAt(Instant v) { receivedAt = v; }
    public Instant getDueAt() { return dueAt; }
    public void setDueAt(Instant v) { dueAt = v; }
    public boolean isLate() { return late; }
    public void setLate(boolean v) { late = v; }
    public long getLateMinutes() { return lateMinutes; }
    public void setLateMinutes(long v) { lateMinutes = v; }
    public SuspectReason getSuspectReason() { return suspectReason; }
    public void setSuspectReason(SuspectReason v) { suspectReason = v; }
    public String getFabula() { return fabula; }
    public void setFabula(String v) { fabula = v; }
    public String getQualification() { return qualification; }
    public void setQualification(String v) { qualification = v; }
    public String getPreventiveMeasure() { return preventiveMeasure; }
    public void setPreventiveMeasure(String v) { preventiveMeasure = v; }
    public LocalDate getSentToProsecutorOn() { return sentToProsecutorOn; }
    public void setSentToProsecutorOn(LocalDate v) { sentToProsecutorOn = v; }
    public String getCharacterisation() { return characterisation; }
    public void setCharacterisation(String v) { characterisation = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public Long getTaskId() { return taskId; }
    public void setTaskId(Long v) { taskId = v; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long v) { departmentId = v; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String v) { departmentPath = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
