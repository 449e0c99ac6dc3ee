package kz.police.lps.unit.juvenile.internal.outreach;

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

@Entity
@Table(name = "JUVENILE_OUTREACH")
public class OutreachEntity {

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
    @Enumerated(EnumType.STRING)
    @Column(name = "OUTREACH_KIND", nullable = false)
    private OutreachKind kind;
    @Column(name = "HELD_ON", nullable = false)
    private LocalDate heldOn;
    @Column(name = "VENUE", nullable = false)
    private String venue;
    @Column(name = "TOPIC", nullable = false)
    private String topic;
    @Column(name = "PARTICIPANTS")
    private String participants;
    @Column(name = "AUDIENCE")
    private Integer audience;
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
    public OutreachKind getKind() { return kind; }
    public void setKind(OutreachKind v) { kind = v; }
    public LocalDate getHeldOn() { return heldOn; }
    public void setHeldOn(LocalDate v) { heldOn = v; }
    public String getVenue() { return venue; }
    public void setVenue(String v) { venue = v; }
    public String getTopic() { return topic; }
    public void setTopic(String v) { topic = v; }
    public String getParticipants() { return participants; }
    public void setParticipants(String v) { participants = v; }
    public Integer getAudience() { return audience; }
    public void setAudience(Integer v) { audience = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
