package kz.police.lps.unit.juvenile.internal.transport;

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

import kz.police.lps.unit.juvenile.internal.delivery.DeliveryOutcome;

/** A transport inspector's notice to the JAU at the minor's place of residence (WF-J14, L1075-1079, L1089-1092). */
@Entity
@Table(name = "JUVENILE_TRANSPORT_NOTICE")
public class TransportNoticeEntity {

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
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private TransportNoticeKind kind;
    @Column(name = "FACILITY", nullable = false)
    private String facility;
    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;
    @Column(name = "DESCRIPTION", nullable = false)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "CHILD_OUTCOME")
    private DeliveryOutcome childOutcome;
    @Column(name = "PLACEMENT_ID")
    private Long placementId;
    @Column(name = "RECIPIENT_UNIT", nullable = false)
    private String recipientUnit;
    @Column(name = "TASK_ID")
    private Long taskId;
    @Column(name = "DUE_AT", nullable = false)
    private Instant dueAt;
    @Column(name = "OUTGOING_NO")
    private String outgoingNumber;
    @Column(name = "SENT_ON")
    private LocalDate sentOn;
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
    public TransportNoticeKind getKind() { return kind; }
    public void setKind(TransportNoticeKind v) { kind = v; }
    public String getFacility() { return facility; }
    public void setFacility(String v) { facility = v; }
    public Instant getOccurredAt() { return occurredAt; }
    public void setOccurredAt(Instant v) { occurredAt = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public DeliveryOutcome getChildOutcome() { return childOutcome; }
    public void setChildOutcome(DeliveryOutcome v) { childOutcome = v; }
    public Long getPlacementId() { return placementId; }
    public void setPlacementId(Long v) { placementId = v; }
    public String getRecipientUnit() { return recipientUnit; }
    public void setRecipientUnit(String v) { recipientUnit = v; }
    public Long getTaskId() { return taskId; }
    public void setTaskId(Long v) { taskId = v; }
    public Instant getDueAt() { return dueAt; }
    public void setDueAt(Instant v) { dueAt = v; }
    public String getOutgoingNumber() { return outgoingNumber; }
    public void setOutgoingNumber(String v) { outgoingNumber = v; }
    public LocalDate getSentOn() { return sentOn; }
    public void setSentOn(LocalDate v) { sentOn = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
