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
 * A student's offence or substance use (BR-J16, BR-J17).
 */
@Entity
@Table(name = "JUVENILE_STUDENT_INCIDENT")
public class StudentIncidentEntity {

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
    @Column(name = "START_YEAR")
    private Integer startYear;
    @Column(name = "QUARTER_NO")
    private Integer quarterNo;
    @Column(name = "INSPECTOR_ID")
    private long inspectorId;
    @Column(name = "PERSON_ID")
    private Long personId;
    @Column(name = "STUDENT_NAME")
    private String studentName;
    @Column(name = "CLASS_NAME")
    private String className;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND")
    private IncidentKind kind;
    @Column(name = "OCCURRED_ON")
    private LocalDate occurredOn;
    @Column(name = "DESCRIPTION")
    private String description;
    @Column(name = "REPORT_TASK_ID")
    private Long reportTaskId;
    @Column(name = "REPORT_DUE_AT")
    private Instant reportDueAt;
    @Column(name = "REPORTED_AT")
    private Instant reportedAt;
    @Column(name = "REPORTED_TO")
    private String reportedTo;
    @Column(name = "COUNCIL_ID")
    private Long councilId;
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
    public Integer getStartYear() { return startYear; }
    public void setStartYear(Integer v) { startYear = v; }
    public Integer getQuarterNo() { return quarterNo; }
    public void setQuarterNo(Integer v) { quarterNo = v; }
    public long getInspectorId() { return inspectorId; }
    public void setInspectorId(long v) { inspectorId = v; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long v) { personId = v; }
    public String getStudentName() { return studentName; }
    public void setStudentName(String v) { studentName = v; }
    public String getClassName() { return className; }
    public void setClassName(String v) { className = v; }
    public IncidentKind getKind() { return kind; }
    public void setKind(IncidentKind v) { kind = v; }
    public LocalDate getOccurredOn() { return occurredOn; }
    public void setOccurredOn(LocalDate v) { occurredOn = v; }
    public String getDescription() { return description; }
    public void setDescription(String v) { description = v; }
    public Long getReportTaskId() { return reportTaskId; }
    public void setReportTaskId(Long v) { reportTaskId = v; }
    public Instant getReportDueAt() { return reportDueAt; }
    public void setReportDueAt(Instant v) { reportDueAt = v; }
    public Instant getReportedAt() { return reportedAt; }
    public void setReportedAt(Instant v) { reportedAt = v; }
    public String getReportedTo() { return reportedTo; }
    public void setReportedTo(String v) { reportedTo = v; }
    public Long getCouncilId() { return councilId; }
    public void setCouncilId(Long v) { councilId = v; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String v) { createdBy = v; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant v) { createdAt = v; }
}
