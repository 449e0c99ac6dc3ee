package kz.police.lps.unit.juvenile.internal.schoolwork;

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

/**
 * A school event recorded by the inspector (US-J24, US-J25).
 */
@Entity
@Table(name = "JUVENILE_SCHOOL_EVENT")
public class SchoolEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "juvenileSeq")
    @Column(name = "ID")
    private Long id;
    @Column(name = "DEPARTMENT_ID")
    private long departmentId;
    @Column(name = "DEPARTMENT_PATH")
    private String departmentPath;
    @Column(name = "SCHOOL_ID")
    private long schoolId;
    @Column(name = "OFFICER_ID")
    private long officerId;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND")
    private SchoolEventKind kind;
    @Column(name = "EVENT_DATE")
    private LocalDate eventDate;
    @Column(name = "TITLE")
    private String title;
    @Column(name = "DESCRIPTION")
    private String description;
    @Column(name = "PARTICIPANTS")
    private Integer participants;
    @Column(name = "HELD")
    private boolean held;
    @Column(name = "CREATED_BY")
    private String createdBy;
    @Column(name = "CREATED_AT")
    private Instant createdAt;
    @Version
    @Column(name = "VERSION")
    private Long version;

    public Long getId() { return id; }
    public Long getVersion() { return version; }
    public long getDepartmentId() { return departmentId; }
    public void setDepartmentId(long v) { departmentId = v; }
    public String getDepartmentPath() { return departmentPath; }
    public void setDepartmentPath(String v) { departmentPath = v; }
    public long getSchoolId() { return schoolId; }
    public void setSchoolId(long v) { schoolId = v; }
    public long getOfficerId() { return officerId; }
    public void setOfficerId(long v) { officerId = v; }
    public SchoolEventKind getKind() { return kind; }
    public void setKind(SchoolEventKind v) { kind = v; }
    public LocalDate getEventDate() { return eventDate; }
    public void setEventDate(LocalDate v) { eventDate = v; }
    public String getTitle() { return title; }
    public void setTitle(String v) { title = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public Integer getParticipants() { return participants; }
    public void setParticipants(Integer v) { participants = v; }
    public boolean isHeld() { return held; }
    public void setHeld(boolean v) { held = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
}
