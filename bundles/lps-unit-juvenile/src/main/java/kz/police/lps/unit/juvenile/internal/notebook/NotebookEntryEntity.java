package kz.police.lps.unit.juvenile.internal.notebook;

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
@Table(name = "JUVENILE_NOTEBOOK_ENTRY")
public class NotebookEntryEntity {

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
    @Column(name = "ENTRY_SOURCE", nullable = false)
    private EntrySource source;
    @Enumerated(EnumType.STRING)
    @Column(name = "DUTY_AREA", nullable = false)
    private JuvenileDuty dutyArea;
    @Column(name = "ENTRY_TEXT", nullable = false)
    private String text;
    @Column(name = "ISSUED_BY")
    private String issuedBy;
    @Column(name = "ISSUED_ON", nullable = false)
    private LocalDate issuedOn;
    @Column(name = "DEADLINE", nullable = false)
    private LocalDate deadline;
    @Column(name = "TASK_ID")
    private Long taskId;
    @Column(name = "DONE_AT")
    private Instant doneAt;
    @Column(name = "DONE_NOTE")
    private String doneNote;
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
    public EntrySource getSource() { return source; }
    public void setSource(EntrySource v) { source = v; }
    public JuvenileDuty getDutyArea() { return dutyArea; }
    public void setDutyArea(JuvenileDuty v) { dutyArea = v; }
    public String getText() { return text; }
    public void setText(String v) { text = v; }
    public String getIssuedBy() { return issuedBy; }
    public void setIssuedBy(String v) { issuedBy = v; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate v) { issuedOn = v; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate v) { deadline = v; }
    public Long getTaskId() { return taskId; }
    public void setTaskId(Long v) { taskId = v; }
    public Instant getDoneAt() { return doneAt; }
    public void setDoneAt(Instant v) { doneAt = v; }
    public String getDoneNote() { return doneNote; }
    public void setDoneNote(String v) { doneNote = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
    public Long getVersion() { return version; }
}
